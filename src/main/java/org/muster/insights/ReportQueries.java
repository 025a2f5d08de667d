package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link ReportQuery} into the period, space and tag the {@link Insights} service computes, for
 * the dashboard, its CSV downloads and the API alike, so each says the same about the same input. A bad
 * date or days is refused beside its field; a space the reader may not see is not found.
 */
@Component
class ReportQueries {

    static final Set<Integer> PRESETS = Set.of(7, 30, 90, 365);
    static final int DEFAULT_DAYS = 30;

    /** The query read: the period, the space (null for every space the reader may see) and tag chosen, and the spaces he may choose. */
    record Choice(Period period, Space space, String tag, List<Space> spaces) {

        Long spaceId() {
            return space == null ? null : space.id();
        }
    }

    private final SpaceService spaces;
    private final Clock clock;

    ReportQueries(SpaceService spaces, Clock clock) {
        this.spaces = spaces;
        this.clock = clock;
    }

    /** Staff only, before anything about the input is said: a member learns nothing from a wrong date. */
    Choice read(Actor actor, ReportQuery query) {
        actor.require(Role.STAFF);
        var problems = new ArrayList<Invalid>();
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Integer days = null;
        if (!blank(query.days())) {
            days = query.days().strip().matches("\\d{1,3}") ? Integer.valueOf(query.days().strip()) : null;
            if (days == null || !PRESETS.contains(days)) problems.add(new Invalid("days", "insights.period.days"));
        }
        var from = date(query.from(), "from", problems);
        var to = date(query.to(), "to", problems);
        if (!problems.isEmpty()) throw Invalid.all(problems);
        Period period;
        // A preset wins over dates: the form keeps showing the dates of the period it showed last.
        if (days != null || (from == null && to == null)) {
            period = Period.endingOn(today, days == null ? DEFAULT_DAYS : days);
        } else {
            var last = to != null ? to : today;
            var first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
            if (last.isBefore(first)) throw new Invalid("to", "insights.period.order");
            period = new Period(first, last);
        }
        var visible = spaces.listVisible(actor);
        Space space = null;
        if (!blank(query.space()))
            space = visible.stream().filter(s -> s.slug().equals(query.space().strip())).findFirst().orElseThrow(NotFound::new);
        return new Choice(period, space, blank(query.tag()) ? null : query.tag().strip(), visible);
    }

    private static LocalDate date(String text, String field, List<Invalid> problems) {
        if (blank(text)) return null;
        try {
            var date = LocalDate.parse(text.strip());
            if (Period.possible(date)) return date;
        } catch (DateTimeParseException notADate) {
            // refused below, as a date before 1970 or after 9999 is
        }
        problems.add(new Invalid(field, "insights.period.date"));
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
