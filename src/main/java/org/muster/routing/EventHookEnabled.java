package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin switched an event hook back on; its waiting deliveries go out again. */
@EventName("EventHookEnabled")
public record EventHookEnabled(long hookId, long enabledBy) implements DomainEvent {
}
