package org.muster.recognition;

import java.time.Instant;
import java.util.List;

/**
 * One nomination or term of the champions program; terms are kept when they end. An active term's tags are
 * its champion's tags of expertise as moderation keeps them (an admin may change them); other terms have none.
 */
record ChampionTerm(long id, long memberId, String status, String reason, Long nominatedBy, Instant nominatedAt,
                           Long decidedBy, Instant decidedAt, Instant startsAt, Instant endsAt, List<String> tags,
                           Instant remindedAt, Instant endedAt, String endReason) {

    boolean active() {
        return status.equals("active");
    }

    /** The same term with these tags. */
    ChampionTerm withTags(List<String> tags) {
        return new ChampionTerm(id, memberId, status, reason, nominatedBy, nominatedAt, decidedBy, decidedAt, startsAt, endsAt,
                List.copyOf(tags), remindedAt, endedAt, endReason);
    }

    /** The same term naming only these of its tags. */
    ChampionTerm showing(List<String> shown) {
        return withTags(tags.stream().filter(shown::contains).toList());
    }
}
