package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator or champion decided a review: approve, hide, delete, lock or close. */
@EventName("ReviewResolved")
public record ReviewResolved(long reviewId, long postId, long questionId, Long commentId, String action, long resolvedBy) implements DomainEvent {
}
