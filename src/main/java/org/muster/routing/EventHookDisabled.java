package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin switched an event hook off; its deliveries wait until it is on again. */
@EventName("EventHookDisabled")
public record EventHookDisabled(long hookId, long disabledBy) implements DomainEvent {
}
