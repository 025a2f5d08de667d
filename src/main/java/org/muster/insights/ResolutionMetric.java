package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How many questions get a solution (accepted or validated), and how long it takes. */
@Component
class ResolutionMetric implements Metric {

    private static final String KEY = "insights.metric.resolution.";
    private static final List<String> MEASURES = List.of(SupportFacts.ASKED, SupportFacts.RESOLVED);

    private final SupportQuestions questions;
    private final DailyTotals totals;

    ResolutionMetric(SupportQuestions questions, DailyTotals totals) {
        this.questions = questions;
        this.totals = totals;
    }

    @Override
    public About about() {
        return new About("resolution", Family.SUPPORT, Chart.LINE, 20);
    }

    @Override
    public Figures figures(Scope scope) {
        var took = questions.percentiles("resolved_at", scope);
        var whole = took.getOrDefault(null, new SupportQuestions.Percentiles(null, null));
        var sums = totals.sums(MEASURES, scope);
        var perDay = totals.perDay(MEASURES, scope);
        var rows = scope.period().eachDay().map(day -> {
            var counts = perDay.getOrDefault(day, Map.of());
            var p = took.get(day);
            return new Row(Label.day(day), Arrays.asList(
                    Shares.of(counts.getOrDefault(SupportFacts.RESOLVED, 0L), counts.getOrDefault(SupportFacts.ASKED, 0L)),
                    p == null ? null : p.median(), p == null ? null : p.p90()));
        }).toList();
        return new Figures(List.of(
                new Headline(KEY + "rate", Unit.SHARE, Shares.of(sums.get(SupportFacts.RESOLVED), sums.get(SupportFacts.ASKED))),
                new Headline(KEY + "median", Unit.SECONDS, whole.median()),
                new Headline(KEY + "p90", Unit.SECONDS, whole.p90()),
                new Headline(KEY + "resolved", Unit.COUNT, sums.get(SupportFacts.RESOLVED).doubleValue())),
                List.of(new Column(KEY + "rate", Unit.SHARE), new Column(KEY + "median", Unit.SECONDS),
                        new Column(KEY + "p90", Unit.SECONDS)), rows);
    }
}
