package org.muster.recognition;

import java.time.Instant;
import java.util.List;

/** One nomination or term of the champions program; terms are kept when they end. */
record ChampionTerm(long id, long memberId, String status, String reason, Long nominatedBy, Instant nominatedAt,
                           Long decidedBy, Instant decidedAt, Instant startsAt, Instant endsAt, List<String> tags,
                           Instant remindedAt, Instant endedAt, String endReason) {

    /** The same term naming only these of its tags. */
    ChampionTerm withTags(List<String> shown) {
        return new ChampionTerm(id, memberId, status, reason, nominatedBy, nominatedAt, decidedBy, decidedAt, startsAt, endsAt,
                tags.stream().filter(shown::contains).toList(), remindedAt, endedAt, endReason);
    }
}
