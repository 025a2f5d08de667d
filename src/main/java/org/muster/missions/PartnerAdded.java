package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff added a partner organisation to a program. */
@EventName("PartnerAdded")
public record PartnerAdded(long partnerId, long programId) implements DomainEvent {
}
