package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member redeemed points for a catalog item. */
@EventName("RewardRedeemed")
public record RewardRedeemed(long redemptionId, long itemId, long memberId, long cost, String kind) implements DomainEvent {
}
