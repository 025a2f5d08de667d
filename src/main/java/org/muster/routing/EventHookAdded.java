package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin subscribed an endpoint to event types. */
@EventName("EventHookAdded")
public record EventHookAdded(long hookId, long addedBy) implements DomainEvent {
}
