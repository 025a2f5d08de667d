package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin gave an event hook a new signing secret; the old one signs nothing from now on. */
@EventName("EventHookSecretRotated")
public record EventHookSecretRotated(long hookId, long rotatedBy) implements DomainEvent {
}
