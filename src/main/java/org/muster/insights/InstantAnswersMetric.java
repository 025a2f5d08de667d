package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Instant answers on the ask form, by the day they were first shown: shown, solved by them ("Yes,
 * thanks"), declined (asked anyway), left unanswered, and the share solved of those shown.
 */
@Component
class InstantAnswersMetric implements Metric {

    private static final String KEY = "insights.metric.instant-answers.";
    private static final List<String> MEASURES = List.of(InstantAnswerFollower.SHOWN, InstantAnswerFollower.SOLVED,
            InstantAnswerFollower.DECLINED, InstantAnswerFollower.LEFT);
    private static final List<String> NAMES = List.of("shown", "solved", "declined", "left");

    private final DailyTotals totals;

    InstantAnswersMetric(DailyTotals totals) {
        this.totals = totals;
    }

    /** An instant answer is counted in the space of the question it offers; it has no tag. */
    @Override
    public About about() {
        return new About("instant-answers", Family.SELF_SERVICE, Chart.LINE, 35, true, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var sums = totals.sums(MEASURES, scope);
        var perDay = totals.perDay(MEASURES, scope);
        var rows = scope.period().eachDay().map(day -> {
            var counts = perDay.getOrDefault(day, Map.of());
            var values = new ArrayList<Double>();
            MEASURES.forEach(m -> values.add((double) counts.getOrDefault(m, 0L)));
            values.add(Shares.of(counts.getOrDefault(InstantAnswerFollower.SOLVED, 0L), counts.getOrDefault(InstantAnswerFollower.SHOWN, 0L)));
            return new Row(Label.day(day), values);
        }).toList();
        var headlines = new ArrayList<Headline>();
        for (int i = 0; i < MEASURES.size(); i++)
            headlines.add(new Headline(KEY + NAMES.get(i), Unit.COUNT, sums.get(MEASURES.get(i)).doubleValue()));
        headlines.add(new Headline(KEY + "share-solved", Unit.SHARE,
                Shares.of(sums.get(InstantAnswerFollower.SOLVED), sums.get(InstantAnswerFollower.SHOWN))));
        var columns = new ArrayList<Column>(NAMES.stream().map(n -> new Column(KEY + n, Unit.COUNT)).toList());
        columns.add(new Column(KEY + "share-solved", Unit.SHARE));
        return new Figures(headlines, columns, rows);
    }
}
