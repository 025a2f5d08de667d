package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** One side rated the other after the meeting. */
@EventName("MatchRated")
public record MatchRated(long requestId, long missionId, String raterSide, Long rateeId, int stars) implements DomainEvent {
}
