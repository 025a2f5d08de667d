package org.muster.insights;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The help desk's tickets per week beside the community's questions asked and resolved in the same
 * weeks, and tickets per hundred questions: whether the community carries more while the help desk
 * receives less. A week belongs to a period when its Monday does, so that weeks are never cut.
 */
@Component
class HelpDeskTicketsMetric implements Metric {

    static final String TICKETS = "insights.metric.help-desk-tickets.tickets";
    static final String ASKED = "insights.metric.help-desk-tickets.asked";
    static final String RESOLVED = "insights.metric.help-desk-tickets.resolved";
    static final String PER_HUNDRED = "insights.metric.help-desk-tickets.per-hundred";
    private static final String ASKED_MEASURE = SupportFacts.ASKED;
    private static final String RESOLVED_MEASURE = SupportFacts.RESOLVED;

    private final HelpDeskWeeks weeks;
    private final DailyTotals totals;

    HelpDeskTicketsMetric(HelpDeskWeeks weeks, DailyTotals totals) {
        this.weeks = weeks;
        this.totals = totals;
    }

    @Override
    public About about() {
        return new About("help-desk-tickets", Family.HELP_DESK, Chart.LINE, 10);
    }

    @Override
    public Figures figures(Scope scope) {
        var columns = List.of(new Figures.Column(TICKETS, Figures.Unit.COUNT), new Figures.Column(ASKED, Figures.Unit.COUNT),
                new Figures.Column(RESOLVED, Figures.Unit.COUNT), new Figures.Column(PER_HUNDRED, Figures.Unit.DECIMAL));
        var first = scope.period().from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        var last = scope.period().to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var rows = new ArrayList<Figures.Row>();
        Long tickets = null;
        long asked = 0, resolved = 0, askedInImportedWeeks = 0;
        if (!first.isAfter(last)) {
            var imported = weeks.between(first, last);
            // Whole weeks of questions: the last week may reach past the period's end.
            var days = totals.perDay(List.of(ASKED_MEASURE, RESOLVED_MEASURE),
                    new Scope(new Period(first, last.plusDays(6)), scope.spaces(), scope.tag(), scope.now()));
            for (var monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                long weekAsked = sum(days, monday, ASKED_MEASURE), weekResolved = sum(days, monday, RESOLVED_MEASURE);
                var weekTickets = imported.get(monday);
                rows.add(new Figures.Row(Figures.Label.week(monday), Arrays.asList(weekTickets == null ? null : weekTickets.doubleValue(),
                        (double) weekAsked, (double) weekResolved, perHundred(weekTickets, weekAsked))));
                asked += weekAsked;
                resolved += weekResolved;
                if (weekTickets != null) {
                    tickets = (tickets == null ? 0 : tickets) + weekTickets;
                    askedInImportedWeeks += weekAsked;
                }
            }
        }
        boolean anyWeek = !rows.isEmpty();
        return new Figures(List.of(
                new Figures.Headline(TICKETS, Figures.Unit.COUNT, tickets == null ? null : tickets.doubleValue()),
                new Figures.Headline(ASKED, Figures.Unit.COUNT, anyWeek ? (double) asked : null),
                new Figures.Headline(RESOLVED, Figures.Unit.COUNT, anyWeek ? (double) resolved : null),
                // Only weeks with a count on both sides: a week not imported is unknown, not a week without tickets.
                new Figures.Headline(PER_HUNDRED, Figures.Unit.DECIMAL, perHundred(tickets, askedInImportedWeeks))),
                columns, rows);
    }

    private static long sum(Map<LocalDate, Map<String, Long>> days, LocalDate monday, String measure) {
        long sum = 0;
        for (int d = 0; d < 7; d++) sum += days.getOrDefault(monday.plusDays(d), Map.of()).getOrDefault(measure, 0L);
        return sum;
    }

    private static Double perHundred(Long tickets, long asked) {
        return tickets == null || asked == 0 ? null : tickets * 100.0 / asked;
    }
}
