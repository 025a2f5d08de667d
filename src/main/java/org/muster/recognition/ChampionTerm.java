package org.muster.recognition;

import java.time.Instant;
import java.util.List;

/** One nomination or term of the champions program; terms are kept when they end. */
public record ChampionTerm(long id, long memberId, String status, String reason, Long nominatedBy, Instant nominatedAt,
                           Long decidedBy, Instant decidedAt, Instant startsAt, Instant endsAt, List<String> tags,
                           Instant remindedAt, Instant endedAt, String endReason) {
}
