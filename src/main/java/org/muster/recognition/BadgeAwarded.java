package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member earned a badge: by a rule, a built-in step, or from staff (awardedBy empty when earned). */
@EventName("BadgeAwarded")
public record BadgeAwarded(long badgeId, long memberId, Long awardedBy) implements DomainEvent {
}
