package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A redemption's points went back to its member (a reward that never arrived, say); the key names why. */
@EventName("RedemptionRefunded")
public record RedemptionRefunded(long redemptionId, long memberId, long points, String key, long refundedBy) implements DomainEvent {
}
