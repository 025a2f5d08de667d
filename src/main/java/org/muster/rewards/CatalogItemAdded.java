package org.muster.rewards;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin added an item to the rewards catalog. */
@EventName("CatalogItemAdded")
public record CatalogItemAdded(long itemId, String slug, String kind, long cost, long addedBy) implements DomainEvent {
}
