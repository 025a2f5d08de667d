package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff pinned a collection to a space (or unpinned it). */
@EventName("CollectionPinned")
public record CollectionPinned(long collectionId, long spaceId, boolean pinned, long pinnedBy) implements DomainEvent {
}
