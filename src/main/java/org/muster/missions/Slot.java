package org.muster.missions;

import java.time.Instant;

/** A time and place of a shift mission, with how many it takes and how many are booked. */
public record Slot(long id, long missionId, Instant startsAt, Instant endsAt, String place, int capacity, int booked,
                   int waitlisted) {
}
