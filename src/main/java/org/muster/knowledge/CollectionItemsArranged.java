package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff set which questions a collection holds and in which order. */
@EventName("CollectionItemsArranged")
public record CollectionItemsArranged(long collectionId, int itemCount, long arrangedBy) implements DomainEvent {
}
