package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member's activity raised the trust level. */
@EventName("TrustLevelEarned")
public record TrustLevelEarned(long memberId, int from, int level) implements DomainEvent {
}
