package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A champion term ended: ended by staff, or at its end date (endedBy empty). */
@EventName("ChampionTermEnded")
public record ChampionTermEnded(long termId, long memberId, Long endedBy) implements DomainEvent {
}
