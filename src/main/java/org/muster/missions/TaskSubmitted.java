package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member submitted proof for a task mission. */
@EventName("TaskSubmitted")
public record TaskSubmitted(long submissionId, long missionId, long memberId) implements DomainEvent {
}
