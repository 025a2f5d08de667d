package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Of the questions someone else responded to, whether the first response came from a peer or from staff. */
@Component
class PeerVsStaffMetric implements Metric {

    private static final String KEY = "insights.metric.peer-vs-staff.";
    private static final String ANSWERED = SupportFacts.ANSWERED;
    private static final String BY_STAFF = SupportFacts.ANSWERED_BY_STAFF;
    private static final List<String> MEASURES = List.of(ANSWERED, BY_STAFF);

    private final DailyTotals totals;

    PeerVsStaffMetric(DailyTotals totals) {
        this.totals = totals;
    }

    @Override
    public About about() {
        return new About("peer-vs-staff", Family.SUPPORT, Chart.BAR, 60);
    }

    @Override
    public Figures figures(Scope scope) {
        var sums = totals.sums(MEASURES, scope);
        long answered = sums.get(ANSWERED);
        long staff = sums.get(BY_STAFF);
        var perDay = totals.perDay(MEASURES, scope);
        var rows = scope.period().eachDay().map(day -> {
            var counts = perDay.getOrDefault(day, Map.of());
            long byStaff = counts.getOrDefault(BY_STAFF, 0L);
            return new Row(Label.day(day), List.of((double) (counts.getOrDefault(ANSWERED, 0L) - byStaff), (double) byStaff));
        }).toList();
        return new Figures(List.of(new Headline(KEY + "peers", Unit.SHARE, Shares.of(answered - staff, answered)),
                new Headline(KEY + "staff", Unit.SHARE, Shares.of(staff, answered))),
                List.of(new Column(KEY + "peers-count", Unit.COUNT), new Column(KEY + "staff-count", Unit.COUNT)), rows);
    }
}
