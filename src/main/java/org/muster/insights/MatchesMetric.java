package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/** Match requests made in the period, by how far they got: a peer took it, both sides confirmed, they met, they rated. */
@Component
class MatchesMetric implements Metric {

    private static final String KEY = "insights.metric.matches.";

    private final PeerArmyFacts facts;

    MatchesMetric(PeerArmyFacts facts) {
        this.facts = facts;
    }

    /** Missions belong to programs, not to spaces or tags. */
    @Override
    public About about() {
        return new About("matches", Family.PEER_ARMY, Chart.FUNNEL, 30, false, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var m = facts.matches(scope.period());
        var headlines = List.of(
                new Headline(KEY + "requested", Unit.COUNT, (double) m.requested()),
                new Headline(KEY + "made", Unit.COUNT, (double) m.made()),
                new Headline(KEY + "met", Unit.COUNT, (double) m.met()),
                new Headline(KEY + "met-rate", Unit.SHARE, Shares.of(m.met(), m.requested())),
                new Headline(KEY + "rated", Unit.COUNT, (double) m.rated()),
                new Headline(KEY + "average-rating", Unit.DECIMAL, m.ratings() == 0 ? null : (double) m.stars() / m.ratings()));
        var rows = List.of(
                new Row(Label.message(KEY + "requested"), List.of((double) m.requested())),
                new Row(Label.message(KEY + "made"), List.of((double) m.made())),
                new Row(Label.message(KEY + "confirmed"), List.of((double) m.confirmed())),
                new Row(Label.message(KEY + "met"), List.of((double) m.met())),
                new Row(Label.message(KEY + "rated"), List.of((double) m.rated())));
        return new Figures(headlines, List.of(new Column(KEY + "requests", Unit.COUNT)), rows);
    }
}
