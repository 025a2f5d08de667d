package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff rejected a task's proof or asked for more (status rejected or more-info); an accepted one is a MissionCompleted. */
@EventName("TaskReviewed")
public record TaskReviewed(long submissionId, long missionId, long memberId, String status, long reviewerId) implements DomainEvent {
}
