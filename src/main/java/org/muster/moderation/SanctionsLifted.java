package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator lifted a member's silence and suspension. */
@EventName("SanctionsLifted")
public record SanctionsLifted(long memberId, long liftedBy) implements DomainEvent {
}
