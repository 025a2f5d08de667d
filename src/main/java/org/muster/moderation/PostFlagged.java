package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member flagged a post for review; weight: what the flag counts towards hiding it. */
@EventName("PostFlagged")
public record PostFlagged(long postId, long reviewId, long flaggedBy, String reason, int weight) implements DomainEvent {
}
