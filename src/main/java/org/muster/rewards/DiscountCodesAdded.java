package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin added discount codes to a catalog item; added: how many were new. */
@EventName("DiscountCodesAdded")
public record DiscountCodesAdded(long itemId, int added, long addedBy) implements DomainEvent {
}
