package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin had a webhook delivery sent again. */
@EventName("WebhookDeliveryReplayed")
public record WebhookDeliveryReplayed(long deliveryId, long replayedBy) implements DomainEvent {
}
