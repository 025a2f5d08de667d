package org.muster.platform;

import java.time.Instant;

/**
 * What a subscriber may ask for beside the event, as the second parameter of its {@code on} method:
 * when the change happened, and whether this is a replay (a recompute) rather than news.
 */
public record Delivery(FeedPosition position, Instant occurredAt, boolean replay) {
}
