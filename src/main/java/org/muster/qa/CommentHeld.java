package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Moderation took a live comment out of view until a moderator reviews it; reason: flags or review. */
@EventName("CommentHeld")
public record CommentHeld(long commentId, long postId, long questionId, String reason) implements DomainEvent {
}
