package org.muster.rewards;

import java.time.Instant;

/** One line of a member's history: an entry on one of their accounts, with its transaction's reason. */
record LedgerEntry(long id, long transactionId, String account, long amount, String reason, String source,
                          Instant availableAt, Instant createdAt) {
}
