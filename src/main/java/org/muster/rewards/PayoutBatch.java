package org.muster.rewards;

import java.time.Instant;

/** Cash for many members exported to finance at once: exported, then paid (confirmed by staff) or cancelled. */
record PayoutBatch(long id, String currency, String status, long total, long createdBy, Instant createdAt,
                          Long confirmedBy, Instant confirmedAt, int payouts) {
}
