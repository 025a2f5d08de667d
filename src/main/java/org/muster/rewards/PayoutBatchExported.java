package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff exported what members are owed in a currency as a payout batch; the amounts are in transit. */
@EventName("PayoutBatchExported")
public record PayoutBatchExported(long batchId, String currency, long total, int payouts, long exportedBy) implements DomainEvent {
}
