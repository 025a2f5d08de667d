package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff declined a sign-up's hours; approved hours are a MissionCompleted. */
@EventName("HoursDeclined")
public record HoursDeclined(long signupId, long missionId, long memberId, long decidedBy) implements DomainEvent {
}
