package org.muster.spaces;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record Space(long id, String slug, String name, String description, Visibility visibility,
                    Instant createdAt, Instant updatedAt) {
}
