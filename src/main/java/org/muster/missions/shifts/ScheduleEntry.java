package org.muster.missions.shifts;

import java.time.Instant;

/**
 * One of a member's sign-ups with its slot and mission, as My schedule and the calendar feed show it;
 * waitlistPosition (1 is next) only while waitlisted.
 */
public record ScheduleEntry(Signup signup, String missionSlug, String missionTitle, Instant startsAt, Instant endsAt,
                            String place, Integer waitlistPosition) {

    /** When the member may check in with the place's code. */
    public Instant checkInOpensAt() {
        return startsAt.minus(Attendance.EARLY_CHECK_IN);
    }
}
