package org.muster.qa;

import java.time.Instant;

public record Comment(long id, long postId, Long authorId, String body, Instant createdAt, Instant deletedAt,
                      String sourceAuthor, String hold) {
}
