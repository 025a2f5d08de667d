package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The share of questions nobody else answered or commented on within 24 hours, and within 7 days. */
@Component
class UnansweredMetric implements Metric {

    private static final String KEY = "insights.metric.unanswered.";
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration WEEK = Duration.ofDays(7);

    private final SupportQuestions questions;

    UnansweredMetric(SupportQuestions questions) {
        this.questions = questions;
    }

    @Override
    public About about() {
        return new About("unanswered", Family.SUPPORT, Chart.LINE, 30);
    }

    @Override
    public Figures figures(Scope scope) {
        var waited = questions.unanswered(DAY, WEEK, scope);
        var rows = scope.period().eachDay().map(d -> new Row(Label.day(d), Arrays.asList(afterDay(waited.get(d)),
                afterWeek(waited.get(d))))).toList();
        return new Figures(List.of(new Headline(KEY + "after-day", Unit.SHARE, afterDay(waited.get(null))),
                new Headline(KEY + "after-week", Unit.SHARE, afterWeek(waited.get(null)))),
                List.of(new Column(KEY + "after-day", Unit.SHARE), new Column(KEY + "after-week", Unit.SHARE)), rows);
    }

    private static Double afterDay(SupportQuestions.Unanswered waited) {
        return waited == null ? null : share(waited.afterShort());
    }

    private static Double afterWeek(SupportQuestions.Unanswered waited) {
        return waited == null ? null : share(waited.afterLong());
    }

    private static Double share(SupportQuestions.Waiting waiting) {
        return Shares.of(waiting.unanswered(), waiting.old());
    }
}
