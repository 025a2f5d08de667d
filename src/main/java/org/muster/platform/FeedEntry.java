package org.muster.platform;

import java.time.Instant;

/** One event as read from the change feed: where it stands, when its transaction began, and the event. */
public record FeedEntry(FeedPosition position, Instant occurredAt, DomainEvent event) {
}
