package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/** Questions asked → answered by someone else → solved → escalated, from the support family's daily totals. */
@Component
class QuestionFunnel implements Metric {

    static final List<String> STAGES = List.of("asked", "answered", "resolved", "escalated");
    private static final String KEY = "insights.metric.question-funnel.";

    private final DailyTotals totals;

    QuestionFunnel(DailyTotals totals) {
        this.totals = totals;
    }

    @Override
    public About about() {
        return new About("question-funnel", Family.SELF_SERVICE, Chart.FUNNEL, 40);
    }

    @Override
    public Figures figures(Scope scope) {
        var sums = totals.sums(STAGES.stream().map(s -> SupportFacts.PREFIX + s).toList(), scope);
        long asked = sums.get(SupportFacts.ASKED);
        var headlines = new java.util.ArrayList<Headline>();
        headlines.add(new Headline(KEY + "asked", Unit.COUNT, (double) asked));
        var rows = new java.util.ArrayList<Row>();
        for (var stage : STAGES) {
            long count = sums.get(SupportFacts.PREFIX + stage);
            if (!stage.equals("asked")) headlines.add(new Headline(KEY + stage + "-share", Unit.SHARE, SearchGaps.share(count, asked)));
            rows.add(new Row(Label.message(KEY + stage), List.of((double) count)));
        }
        return new Figures(headlines, List.of(new Column(KEY + "questions", Unit.COUNT)), rows);
    }
}
