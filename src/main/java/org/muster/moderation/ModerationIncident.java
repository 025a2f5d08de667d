package org.muster.moderation;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * One thing moderation handled, as metrics count it: a flag raised (outcome upheld, dismissed or null
 * while open), a post or comment held by the spam check (outcome the review's action or null), a review
 * item resolved (outcome its action) or a sanction imposed while resolving one (outcome its kind). Each
 * carries the space and tags of its review item and when it happened; a flag its reason too.
 */
@NamedInterface("api")
public record ModerationIncident(Kind kind, long id, long postId, long spaceId, List<String> tags, Instant at,
                                 String outcome, String reason) {

    public ModerationIncident {
        tags = List.copyOf(tags);
    }

    public enum Kind { FLAG, SPAM, RESOLVED, SANCTION }
}
