package org.muster.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** The days a figure covers, both ends included; days are UTC days, as the daily totals are kept. */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods than this are refused: a figure over decades is nobody's question and everybody's load. */
    static final int LONGEST_DAYS = 3 * 366;

    /** The days a period may start or end on: no figure is older than 1970, and years past 9999 break dates in SQL. */
    static boolean possible(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    public Period {
        if (to.isBefore(from)) throw new IllegalArgumentException("a period ends on or after its first day");
    }

    /** The last {@code days} days up to and including {@code last}. */
    public static Period endingOn(LocalDate last, int days) {
        return new Period(last.minusDays(days - 1L), last);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one, for comparison. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Stream<LocalDate> eachDay() {
        return from.datesUntil(to.plusDays(1));
    }
}
