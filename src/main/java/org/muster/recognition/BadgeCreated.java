package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin added a badge; kind: manual (staff award it) or rule (earned by its rule). */
@EventName("BadgeCreated")
public record BadgeCreated(long badgeId, String slug, String kind, long createdBy) implements DomainEvent {
}
