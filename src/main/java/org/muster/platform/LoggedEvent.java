package org.muster.platform;

import java.time.Instant;

/** One entry of the change feed: its position, the event's type name and its JSON. */
public record LoggedEvent(long id, String type, String payload, Instant occurredAt) {
}
