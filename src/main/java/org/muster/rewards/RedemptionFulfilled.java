package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff sent out what a member redeemed. */
@EventName("RedemptionFulfilled")
public record RedemptionFulfilled(long redemptionId, long fulfilledBy) implements DomainEvent {
}
