package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Moderation took a live post out of view until a moderator reviews it; reason: flags or review. */
@EventName("PostHeld")
public record PostHeld(long postId, long questionId, String reason) implements DomainEvent {
}
