package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff took back a badge award. */
@EventName("BadgeRevoked")
public record BadgeRevoked(long awardId, long badgeId, long memberId, long revokedBy) implements DomainEvent {
}
