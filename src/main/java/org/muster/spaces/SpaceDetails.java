package org.muster.spaces;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A space with what a question in it must carry. */
@NamedInterface("api")
public record SpaceDetails(Space space, List<TemplateField> templateFields, List<TagGroup> tagGroups) {
}
