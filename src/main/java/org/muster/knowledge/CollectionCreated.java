package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff created a collection. */
@EventName("CollectionCreated")
public record CollectionCreated(long collectionId, long createdBy) implements DomainEvent {
}
