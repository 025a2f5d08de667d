package org.muster.spaces;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin took a member out of a private group space. */
@EventName("SpaceMemberRemoved")
public record SpaceMemberRemoved(long spaceId, long memberId, long removedBy) implements DomainEvent {
}
