package org.muster.insights;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Content freshness at the end of a period: of the questions solved then, the share whose solution is
 * older than the months an admin set; solutions by age; and the flags raised in the period saying an
 * answer is wrong, which is how members mark one outdated.
 */
@Component
class FreshnessMetric implements Metric {

    private static final String KEY = "insights.metric.freshness.";

    private final SolutionFacts solutions;
    private final ModerationFacts moderation;
    private final FreshnessSettings settings;

    FreshnessMetric(SolutionFacts solutions, ModerationFacts moderation, FreshnessSettings settings) {
        this.solutions = solutions;
        this.moderation = moderation;
        this.settings = settings;
    }

    @Override
    public About about() {
        return new About("freshness", Family.HEALTH, Chart.BAR, 60);
    }

    @Override
    public Figures figures(Scope scope) {
        var end = scope.period().end();
        var ages = solutions.ages(scope, end, monthsBefore(end, settings.months()), monthsBefore(end, 3),
                monthsBefore(end, 6), monthsBefore(end, 12), monthsBefore(end, 24));
        var headlines = List.of(
                new Figures.Headline(KEY + "old", Figures.Unit.SHARE, ages.total() == 0 ? null : ages.old() / (double) ages.total()),
                new Figures.Headline(KEY + "solutions", Figures.Unit.COUNT, (double) ages.total()),
                new Figures.Headline(KEY + "wrong", Figures.Unit.COUNT, (double) moderation.flags("wrong", scope)));
        var rows = List.of(
                row("within3", ages.within3()),
                row("within6", ages.within6() - ages.within3()),
                row("within12", ages.within12() - ages.within6()),
                row("within24", ages.within24() - ages.within12()),
                row("older", ages.total() - ages.within24()));
        return new Figures(headlines, List.of(new Figures.Column(KEY + "column.solutions", Figures.Unit.COUNT)), rows);
    }

    private static Figures.Row row(String age, long count) {
        return new Figures.Row(Figures.Label.message(KEY + "age." + age), List.of((double) count));
    }

    private static Instant monthsBefore(Instant end, long months) {
        return end.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
