package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff published a mission of a program. */
@EventName("MissionCreated")
public record MissionCreated(long missionId, long programId, String slug, String kind, long createdBy) implements DomainEvent {
}
