package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Attendance on a sign-up: checked-in, checked-out, checked-out-automatically (a forgotten check-out, left for review) or no-show. */
@EventName("AttendanceMarked")
public record AttendanceMarked(long signupId, long slotId, long missionId, long memberId, String mark) implements DomainEvent {
}
