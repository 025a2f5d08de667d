package org.muster.missions.programs;

import java.time.Instant;

public record Program(long id, String slug, String name, String description, Long ownerId, Instant createdAt) {
}
