package org.muster.rewards;

import java.time.Instant;

/** A redemption as its member sees it, with the discount code it handed out, if any. */
record Redemption(long id, long itemId, String itemName, long cost, String status, String code, Instant createdAt) {
}
