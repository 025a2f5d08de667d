package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Searches that found nothing and searches whose results nobody opened, day by day. */
@Component
class SearchGaps implements Metric {

    private static final String KEY = "insights.metric.search-gaps.";

    private final SelfServiceFacts facts;

    SearchGaps(SelfServiceFacts facts) {
        this.facts = facts;
    }

    /** A search has no tag. */
    @Override
    public About about() {
        return new About("search-gaps", Family.SELF_SERVICE, Chart.LINE, 10, true, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var days = facts.searchDays(scope);
        long searches = 0, none = 0, unopened = 0;
        var rows = new ArrayList<Row>();
        for (var day : (Iterable<java.time.LocalDate>) scope.period().eachDay()::iterator) {
            var d = days.getOrDefault(day, new SelfServiceFacts.SearchDay(0, 0, 0));
            searches += d.searches();
            none += d.noResults();
            unopened += d.unopened();
            // A day without searches has no shares: null, which List.of refuses.
            rows.add(new Row(Label.day(day), Arrays.asList((double) d.searches(), (double) d.noResults(), (double) d.unopened(),
                    share(d.noResults(), d.searches()), share(d.unopened(), d.searches() - d.noResults()))));
        }
        return new Figures(List.of(
                new Headline(KEY + "searches", Unit.COUNT, (double) searches),
                new Headline(KEY + "no-results", Unit.COUNT, (double) none),
                new Headline(KEY + "no-results-share", Unit.SHARE, share(none, searches)),
                new Headline(KEY + "unopened", Unit.COUNT, (double) unopened),
                new Headline(KEY + "unopened-share", Unit.SHARE, share(unopened, searches - none))),
                List.of(new Column(KEY + "searches", Unit.COUNT), new Column(KEY + "no-results", Unit.COUNT),
                        new Column(KEY + "unopened", Unit.COUNT), new Column(KEY + "no-results-share", Unit.SHARE),
                        new Column(KEY + "unopened-share", Unit.SHARE)),
                rows);
    }

    /** A part of a whole, or null when there is no whole to take it of. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
