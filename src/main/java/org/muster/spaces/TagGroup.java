package org.muster.spaces;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A question in the space must carry at least one of these tags, e.g. group "platform". */
@NamedInterface("api")
public record TagGroup(String name, List<String> tags) {
}
