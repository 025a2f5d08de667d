package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** The tags whose reviews a champion handles were set (empty: none); assignedBy empty when a term ended by itself. */
@EventName("ReviewTagsAssigned")
public record ReviewTagsAssigned(long memberId, java.util.List<String> tags, Long assignedBy) implements DomainEvent {
}
