package org.muster.recognition;

import java.time.Instant;

/** A rank change as the member is told of it; a demotion says why. */
record RankChange(long id, String fromRank, String toRank, int points, String reason, Instant createdAt,
                         Instant readAt) {
}
