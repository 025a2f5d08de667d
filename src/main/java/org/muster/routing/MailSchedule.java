package org.muster.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a member's notification mail may go out: never in their quiet hours (a window of local time
 * that may run past midnight), digests at their local hour, the weekly one on their day.
 */
record MailSchedule(LocalTime quietStart, LocalTime quietEnd, int digestHour, DayOfWeek weeklyDay) {

    static final MailSchedule DEFAULT = new MailSchedule(null, null, 8, DayOfWeek.MONDAY);

    boolean quiet(Instant now, ZoneId zone) {
        if (quietStart == null) return false;
        var time = now.atZone(zone).toLocalTime();
        if (quietStart.isBefore(quietEnd)) return !time.isBefore(quietStart) && time.isBefore(quietEnd);
        return !time.isBefore(quietStart) || time.isBefore(quietEnd);
    }
}
