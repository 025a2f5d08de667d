package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A partner's person or staff posted an update on a program's initiative. */
@EventName("InitiativeUpdatePosted")
public record InitiativeUpdatePosted(long updateId, long programId, Long partnerId, long authorId) implements DomainEvent {
}
