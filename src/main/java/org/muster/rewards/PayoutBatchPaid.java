package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff confirmed that a payout batch was paid. */
@EventName("PayoutBatchPaid")
public record PayoutBatchPaid(long batchId, String currency, long total, long confirmedBy) implements DomainEvent {
}
