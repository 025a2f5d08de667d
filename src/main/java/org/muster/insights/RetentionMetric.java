package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether askers come back: of the questions that got an accepted answer, and of those nobody else
 * responded to within 7 days, how often the asker posted again within 30 and within 90 days.
 */
@Component
class RetentionMetric implements Metric {

    private static final String KEY = "insights.metric.retention.";
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration QUARTER = Duration.ofDays(90);

    private final SupportQuestions questions;

    RetentionMetric(SupportQuestions questions) {
        this.questions = questions;
    }

    @Override
    public About about() {
        return new About("retention", Family.COHORTS, Chart.BAR, 10);
    }

    @Override
    public Figures figures(Scope scope) {
        var headlines = new ArrayList<Headline>();
        var rows = new ArrayList<Row>();
        var cohorts = questions.cohorts(MONTH, QUARTER, scope);
        for (var accepted : List.of(true, false)) {
            var cohort = accepted ? "accepted" : "unanswered";
            var month = accepted ? cohorts.acceptedShort() : cohorts.unansweredShort();
            var quarter = accepted ? cohorts.acceptedLong() : cohorts.unansweredLong();
            headlines.add(new Headline(KEY + cohort + ".30", Unit.SHARE, Shares.of(month.returned(), month.counted())));
            headlines.add(new Headline(KEY + cohort + ".90", Unit.SHARE, Shares.of(quarter.returned(), quarter.counted())));
            rows.add(new Row(Label.message(KEY + cohort), Arrays.asList((double) month.counted(),
                    Shares.of(month.returned(), month.counted()), (double) quarter.counted(),
                    Shares.of(quarter.returned(), quarter.counted()))));
        }
        return new Figures(headlines, List.of(new Column(KEY + "counted-30", Unit.COUNT), new Column(KEY + "back-30", Unit.SHARE),
                new Column(KEY + "counted-90", Unit.COUNT), new Column(KEY + "back-90", Unit.SHARE)), rows);
    }
}
