package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

/** Active contributors against readers who only read, over the period and day by day. */
@Component
class ContributorsMetric implements Metric {

    private static final String KEY = "insights.metric.contributors";

    private final HealthRepository health;

    ContributorsMetric(HealthRepository health) {
        this.health = health;
    }

    @Override
    public About about() {
        return new About("contributors", Family.HEALTH, Chart.LINE, 10);
    }

    @Override
    public Figures figures(Scope scope) {
        var active = health.listActive(scope);
        var period = active.stream().filter(a -> a.day() == null).findFirst().orElseThrow();
        var days = new HashMap<LocalDate, HealthRepository.ActiveDay>();
        active.stream().filter(a -> a.day() != null).forEach(a -> days.put(a.day(), a));
        long everyone = period.contributors() + period.readers();
        var headlines = List.of(
                new Headline(KEY + ".contributors", Unit.COUNT, (double) period.contributors()),
                new Headline(KEY + ".readers", Unit.COUNT, (double) period.readers()),
                new Headline(KEY + ".contributing-share", Unit.SHARE,
                        everyone == 0 ? null : (double) period.contributors() / everyone));
        var rows = scope.period().eachDay().map(day -> {
            var of = days.get(day);
            return new Row(Label.day(day), List.of(of == null ? 0.0 : of.contributors(), of == null ? 0.0 : of.readers()));
        }).toList();
        return new Figures(headlines, List.of(new Column(KEY + ".contributors", Unit.COUNT),
                new Column(KEY + ".readers", Unit.COUNT)), rows);
    }
}
