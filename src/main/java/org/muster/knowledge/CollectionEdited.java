package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff changed a collection's title or description. */
@EventName("CollectionEdited")
public record CollectionEdited(long collectionId, long editedBy) implements DomainEvent {
}
