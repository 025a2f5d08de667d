package org.muster.rewards;

import java.time.Instant;

/** One member's cash in a payout batch, with the batch's status. Amounts are minor units. */
record Payout(long id, long batchId, long memberId, long amount, String currency, String status, Instant exportedAt,
                     Instant confirmedAt) {
}
