package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member completed a mission (task accepted, shift hours approved, match met, challenge reached). */
@EventName("MissionCompleted")
public record MissionCompleted(long missionId, String kind, long memberId, String source, long rewardPoints)
        implements DomainEvent {
}
