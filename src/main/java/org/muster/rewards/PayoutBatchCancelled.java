package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff cancelled an exported payout batch: the amounts went back to the members. */
@EventName("PayoutBatchCancelled")
public record PayoutBatchCancelled(long batchId, String currency, long total, long cancelledBy) implements DomainEvent {
}
