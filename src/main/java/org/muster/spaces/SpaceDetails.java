package org.muster.spaces;

import java.util.List;

/** A space with what a question in it must carry. */
public record SpaceDetails(Space space, List<TemplateField> templateFields, List<TagGroup> tagGroups) {
}
