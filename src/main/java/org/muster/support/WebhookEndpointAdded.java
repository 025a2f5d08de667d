package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin connected a help desk endpoint. */
@EventName("WebhookEndpointAdded")
public record WebhookEndpointAdded(long endpointId, long addedBy) implements DomainEvent {
}
