package org.muster.missions.shifts;

import java.time.Instant;

/** One of a member's sign-ups with its slot and mission, as My schedule and the calendar feed show it. */
public record ScheduleEntry(Signup signup, String missionSlug, String missionTitle, Instant startsAt, Instant endsAt,
                            String place) {
}
