package org.muster.spaces;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin let a member into a private group space. */
@EventName("SpaceMemberAdded")
public record SpaceMemberAdded(long spaceId, long memberId, long addedBy) implements DomainEvent {
}
