package org.muster.moderation;

import org.muster.platform.DomainEvent;

/** A moderator removed a post as spam: its author loses reputation for it. */
public record SpamUpheld(long postId, long authorId, long reviewId) implements DomainEvent {
}
