package org.muster.moderation;

import java.time.Instant;

record Flag(long id, long postId, long memberId, String reason, String note, int weight, Instant createdAt,
                   Instant resolvedAt, String resolution) {
}
