package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator removed a post as spam: its author loses reputation for it. */
@EventName("SpamUpheld")
public record SpamUpheld(long postId, long authorId, long reviewId) implements DomainEvent {
}
