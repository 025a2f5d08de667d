package org.muster.rewards;

import java.time.Instant;

/** Something members redeem points for; stock null means unlimited. */
record RewardItem(long id, String slug, String name, String description, String kind, long cost, Integer stock,
                         Integer perMemberLimit, boolean active, Instant createdAt) {
}
