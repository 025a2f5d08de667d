package org.muster.missions.programs;

import java.time.Instant;

/** published: its landing page at /join/{slug} is open to visitors; until then only staff see it. */
public record Program(long id, String slug, String name, String description, Long ownerId, Instant createdAt, boolean published) {
}
