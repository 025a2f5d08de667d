package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/** The queries behind the search gaps: those that most often found nothing, and those most often left unopened. */
@Component
class SearchGapQueries implements Metric {

    /** Queries of each kind shown. */
    static final int TOP = 10;
    private static final String KEY = "insights.metric.search-gap-queries.";

    private final SelfServiceFacts facts;

    SearchGapQueries(SelfServiceFacts facts) {
        this.facts = facts;
    }

    @Override
    public About about() {
        return new About("search-gap-queries", Family.SELF_SERVICE, Chart.BAR, 20, true, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var rows = facts.gapQueries(scope, TOP).stream()
                .map(q -> new Row(Label.name(q.query()), List.of((double) q.searches(), (double) q.noResults(), (double) q.unopened())))
                .toList();
        return new Figures(List.of(new Headline(KEY + "queries", Unit.COUNT, (double) facts.gapQueryCount(scope))),
                List.of(new Column("insights.metric.search-gaps.searches", Unit.COUNT),
                        new Column("insights.metric.search-gaps.no-results", Unit.COUNT),
                        new Column("insights.metric.search-gaps.unopened", Unit.COUNT)),
                rows);
    }
}
