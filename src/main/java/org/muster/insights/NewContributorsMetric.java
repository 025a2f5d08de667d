package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Members whose first contribution ever fell in the period, and of those whose 30 days are over, how many
 * contributed again within them.
 */
@Component
class NewContributorsMetric implements Metric {

    private static final String KEY = "insights.metric.new-contributors";
    /** The days after the first contribution in which a second one counts as coming back. */
    static final int RETURN_DAYS = 30;

    private final HealthRepository health;

    NewContributorsMetric(HealthRepository health) {
        this.health = health;
    }

    @Override
    public About about() {
        return new About("new-contributors", Family.HEALTH, Chart.LINE, 20);
    }

    @Override
    public Figures figures(Scope scope) {
        var today = LocalDate.ofInstant(scope.now(), ZoneOffset.UTC);
        var newcomers = health.listNewcomers(scope);
        var decided = newcomers.stream().filter(n -> n.day().plusDays(RETURN_DAYS).isBefore(today)).toList();
        long returned = decided.stream().filter(HealthRepository.Newcomer::returned).count();
        var headlines = List.of(
                new Headline(KEY + ".new", Unit.COUNT, (double) newcomers.size()),
                new Headline(KEY + ".returned", Unit.COUNT, (double) returned),
                new Headline(KEY + ".returned-share", Unit.SHARE, decided.isEmpty() ? null : (double) returned / decided.size()),
                new Headline(KEY + ".undecided", Unit.COUNT, (double) (newcomers.size() - decided.size())));
        var byDay = newcomers.stream().collect(Collectors.groupingBy(HealthRepository.Newcomer::day, Collectors.counting()));
        var returnedByDay = decided.stream().filter(HealthRepository.Newcomer::returned)
                .collect(Collectors.groupingBy(HealthRepository.Newcomer::day, Collectors.counting()));
        var rows = scope.period().eachDay().map(day -> new Row(Label.day(day),
                List.of((double) byDay.getOrDefault(day, 0L), (double) returnedByDay.getOrDefault(day, 0L)))).toList();
        return new Figures(headlines, List.of(new Column(KEY + ".new", Unit.COUNT), new Column(KEY + ".returned", Unit.COUNT)),
                rows);
    }
}
