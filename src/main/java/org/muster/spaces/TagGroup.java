package org.muster.spaces;

import java.util.List;

/** A question in the space must carry at least one of these tags, e.g. group "platform". */
public record TagGroup(String name, List<String> tags) {
}
