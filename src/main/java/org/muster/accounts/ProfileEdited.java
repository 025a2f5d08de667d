package org.muster.accounts;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member's profile changed, by himself or an admin. */
@EventName("ProfileEdited")
public record ProfileEdited(long memberId, long editedBy) implements DomainEvent {
}
