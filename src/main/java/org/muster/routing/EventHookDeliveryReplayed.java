package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin had a dead event-hook delivery sent again. */
@EventName("EventHookDeliveryReplayed")
public record EventHookDeliveryReplayed(long deliveryId, long replayedBy) implements DomainEvent {
}
