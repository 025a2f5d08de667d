package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator set a member's trust level, locked against changes by activity or not. */
@EventName("TrustLevelSet")
public record TrustLevelSet(long memberId, int from, int level, boolean locked, long setBy) implements DomainEvent {
}
