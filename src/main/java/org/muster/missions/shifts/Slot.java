package org.muster.missions.shifts;

import java.time.Instant;

/**
 * A time and place of a shift mission, with how many it takes and how many are booked. With an opt-in
 * window, sign-ups until optInUntil are entries to a lottery drawn with the shown seed.
 */
public record Slot(long id, long missionId, Instant startsAt, Instant endsAt, String place, int capacity, int booked,
                   int waitlisted, int entered, Instant optInUntil, Long lotterySeed, Instant drawnAt) {

    boolean inOptIn(Instant now) {
        return optInUntil != null && drawnAt == null && now.isBefore(optInUntil);
    }
}
