package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** How long askers wait for someone else to answer or comment: median and 90th percentile, by asking day. */
@Component
class FirstResponseMetric implements Metric {

    private static final String KEY = "insights.metric.first-response.";

    private final SupportQuestions questions;
    private final DailyTotals totals;

    FirstResponseMetric(SupportQuestions questions, DailyTotals totals) {
        this.questions = questions;
        this.totals = totals;
    }

    @Override
    public About about() {
        return new About("first-response", Family.SUPPORT, Chart.LINE, 10);
    }

    @Override
    public Figures figures(Scope scope) {
        var took = questions.percentiles("first_response_at", scope);
        var whole = took.getOrDefault(null, new SupportQuestions.Percentiles(null, null));
        var answered = totals.sums(List.of(SupportFacts.ANSWERED), scope).get(SupportFacts.ANSWERED);
        var rows = scope.period().eachDay().map(day -> {
            var p = took.get(day);
            return new Row(Label.day(day), Arrays.asList(p == null ? null : p.median(), p == null ? null : p.p90()));
        }).toList();
        return new Figures(List.of(new Headline(KEY + "median", Unit.SECONDS, whole.median()),
                new Headline(KEY + "p90", Unit.SECONDS, whole.p90()),
                new Headline(KEY + "answered", Unit.COUNT, answered.doubleValue())),
                List.of(new Column(KEY + "median", Unit.SECONDS), new Column(KEY + "p90", Unit.SECONDS)), rows);
    }
}
