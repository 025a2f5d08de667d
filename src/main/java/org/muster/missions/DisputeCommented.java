package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** The member or staff added a comment to an open dispute's history. */
@EventName("DisputeCommented")
public record DisputeCommented(long disputeId, long commentId, long authorId, long memberId) implements DomainEvent {
}
