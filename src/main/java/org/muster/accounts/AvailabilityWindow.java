package org.muster.accounts;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window in which a member is usually free, in the member's own time zone. */
record AvailabilityWindow(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
}
