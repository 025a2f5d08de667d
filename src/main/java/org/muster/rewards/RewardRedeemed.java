package org.muster.rewards;

import org.muster.platform.DomainEvent;

/** A member redeemed points for a catalog item. */
public record RewardRedeemed(long redemptionId, long itemId, long memberId, long cost, String kind) implements DomainEvent {
}
