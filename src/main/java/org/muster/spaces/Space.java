package org.muster.spaces;

import java.time.Instant;

public record Space(long id, String slug, String name, String description, Visibility visibility,
                    Instant createdAt, Instant updatedAt) {
}
