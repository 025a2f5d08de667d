package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An estimate of the tickets the community saved: the self-service weight times the searches that served
 * themselves, plus the community weight times the questions resolved beyond those escalated.
 */
@Component
class Deflection implements Metric {

    private static final String KEY = "insights.metric.deflection.";

    private final SelfServiceFacts facts;
    private final DailyTotals totals;
    private final DeflectionWeights weights;

    Deflection(SelfServiceFacts facts, DailyTotals totals, DeflectionWeights weights) {
        this.facts = facts;
        this.totals = totals;
        this.weights = weights;
    }

    /** Self-service has no tag, so neither has the sum. */
    @Override
    public About about() {
        return new About("deflection", Family.SELF_SERVICE, Chart.BAR, 50, true, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var allTags = new Scope(scope.period(), scope.spaces(), null, scope.now());
        long selfServed = facts.funnel(allTags).selfServed();
        var sums = totals.sums(List.of(SupportFacts.RESOLVED, SupportFacts.ESCALATED), allTags);
        long community = Math.max(0, sums.get(SupportFacts.RESOLVED) - sums.get(SupportFacts.ESCALATED));
        var weight = weights.current();
        double fromSelfService = selfServed * weight.selfService() / 100.0;
        double fromCommunity = community * weight.community() / 100.0;
        return new Figures(List.of(
                new Headline(KEY + "estimate", Unit.DECIMAL, fromSelfService + fromCommunity),
                new Headline(KEY + "self-service-weight", Unit.SHARE, weight.selfService() / 100.0),
                new Headline(KEY + "community-weight", Unit.SHARE, weight.community() / 100.0)),
                List.of(new Column(KEY + "count", Unit.COUNT), new Column(KEY + "deflected", Unit.DECIMAL)),
                List.of(new Row(Label.message(KEY + "self-served"), List.of((double) selfServed, fromSelfService)),
                        new Row(Label.message(KEY + "community-resolved"), List.of((double) community, fromCommunity))));
    }
}
