package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/** Members' searches → a solved question opened → neither asked nor escalated within 7 days. */
@Component
class SelfService implements Metric {

    private static final String KEY = "insights.metric.self-service.";

    private final SelfServiceFacts facts;

    SelfService(SelfServiceFacts facts) {
        this.facts = facts;
    }

    @Override
    public About about() {
        return new About("self-service", Family.SELF_SERVICE, Chart.FUNNEL, 30, true, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var funnel = facts.funnel(scope);
        return new Figures(List.of(
                new Headline(KEY + "searched", Unit.COUNT, (double) funnel.searched()),
                new Headline(KEY + "opened-solved", Unit.COUNT, (double) funnel.openedSolved()),
                new Headline(KEY + "self-served", Unit.COUNT, (double) funnel.selfServed()),
                new Headline(KEY + "success", Unit.SHARE, SearchGaps.share(funnel.selfServed(), funnel.settled()))),
                List.of(new Column(KEY + "searches", Unit.COUNT)),
                List.of(new Row(Label.message(KEY + "searched"), List.of((double) funnel.searched())),
                        new Row(Label.message(KEY + "opened-solved"), List.of((double) funnel.openedSolved())),
                        new Row(Label.message(KEY + "self-served"), List.of((double) funnel.selfServed()))));
    }
}
