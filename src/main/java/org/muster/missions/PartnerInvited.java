package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A partner's person was invited by e-mail to the program's initiative. */
@EventName("PartnerInvited")
public record PartnerInvited(long invitationId, long partnerId, long programId, long invitedBy) implements DomainEvent {
}
