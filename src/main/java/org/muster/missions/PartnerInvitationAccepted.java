package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An invited person accepted: from now on they work in the partner's initiative. */
@EventName("PartnerInvitationAccepted")
public record PartnerInvitationAccepted(long invitationId, long partnerId, long programId, long memberId) implements DomainEvent {
}
