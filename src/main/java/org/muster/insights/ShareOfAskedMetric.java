package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A support metric that is the share of questions asked that something happened to, counted in the
 * daily totals under {@code measure}: its rate and count over the period, and each asking day's.
 */
abstract class ShareOfAskedMetric implements Metric {

    private static final String ASKED = SupportFacts.ASKED;

    private final DailyTotals totals;
    private final String measure;
    private final About about;

    ShareOfAskedMetric(DailyTotals totals, String measure, About about) {
        this.totals = totals;
        this.measure = measure;
        this.about = about;
    }

    @Override
    public About about() {
        return about;
    }

    @Override
    public Figures figures(Scope scope) {
        var key = "insights.metric." + about.name() + ".";
        var measures = List.of(ASKED, measure);
        var sums = totals.sums(measures, scope);
        var perDay = totals.perDay(measures, scope);
        var rows = scope.period().eachDay().map(day -> {
            var counts = perDay.getOrDefault(day, Map.of());
            long part = counts.getOrDefault(measure, 0L);
            return new Row(Label.day(day), Arrays.asList(Shares.of(part, counts.getOrDefault(ASKED, 0L)), (double) part));
        }).toList();
        return new Figures(List.of(new Headline(key + "rate", Unit.SHARE, Shares.of(sums.get(measure), sums.get(ASKED))),
                new Headline(key + "count", Unit.COUNT, sums.get(measure).doubleValue())),
                List.of(new Column(key + "rate", Unit.SHARE), new Column(key + "count", Unit.COUNT)), rows);
    }
}
