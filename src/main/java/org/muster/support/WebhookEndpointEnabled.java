package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin turned a help desk endpoint on. */
@EventName("WebhookEndpointEnabled")
public record WebhookEndpointEnabled(long endpointId, long enabledBy) implements DomainEvent {
}
