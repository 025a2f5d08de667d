package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Two members upvoted each other so often that a review opened on the post. */
@EventName("VotingRingReported")
public record VotingRingReported(long reviewId, long postId, long authorId, long voterId, int mutualVotes) implements DomainEvent {
}
