package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member disputed an item of theirs: kind task-review, hours, no-show or reward; itemId is the submission, sign-up or redemption. */
@EventName("DisputeOpened")
public record DisputeOpened(long disputeId, String kind, long itemId, long memberId) implements DomainEvent {
}
