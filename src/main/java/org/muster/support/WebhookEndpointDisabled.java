package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin turned a help desk endpoint off. */
@EventName("WebhookEndpointDisabled")
public record WebhookEndpointDisabled(long endpointId, long disabledBy) implements DomainEvent {
}
