package org.muster.spaces;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Space input for the API; on create every field but the lists is needed, on PATCH a missing
 * field stays as it is.
 */
@NamedInterface("api")
public record SpaceInput(
        @Size(max = 50, message = "{space.slug.format}") String slug,
        @Size(max = 80, message = "{space.name.too-long}") String name,
        @Size(max = 4000, message = "{space.description.too-long}") String description,
        String visibility,
        List<@Valid TemplateField> templateFields,
        List<@Valid TagGroup> tagGroups) {
}
