package org.muster.qa;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record Comment(long id, long postId, Long authorId, String body, Instant createdAt, Instant deletedAt,
                      String sourceAuthor, String hold) {
}
