package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Places taken of places offered on slots starting in the period, and how much waitlists and lotteries were used. */
@Component
class MissionFillMetric implements Metric {

    private static final String KEY = "insights.metric.mission-fill.";

    private final PeerArmyFacts facts;

    MissionFillMetric(PeerArmyFacts facts) {
        this.facts = facts;
    }

    /** Missions belong to programs, not to spaces or tags. */
    @Override
    public About about() {
        return new About("mission-fill", Family.PEER_ARMY, Chart.LINE, 10, false, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var days = facts.fill(scope.period());
        long offered = days.stream().mapToLong(PeerArmyFacts.FillDay::offered).sum();
        long taken = days.stream().mapToLong(PeerArmyFacts.FillDay::taken).sum();
        var headlines = List.of(
                new Headline(KEY + "rate", Unit.SHARE, Shares.of(taken, offered)),
                new Headline(KEY + "offered", Unit.COUNT, (double) offered),
                new Headline(KEY + "taken", Unit.COUNT, (double) taken),
                new Headline(KEY + "waitlisted", Unit.COUNT, (double) days.stream().mapToLong(PeerArmyFacts.FillDay::waitlisted).sum()),
                new Headline(KEY + "promoted", Unit.COUNT, (double) days.stream().mapToLong(PeerArmyFacts.FillDay::promoted).sum()),
                new Headline(KEY + "drawn", Unit.COUNT, (double) days.stream().mapToLong(PeerArmyFacts.FillDay::drawn).sum()),
                new Headline(KEY + "entrants", Unit.COUNT, (double) days.stream().mapToLong(PeerArmyFacts.FillDay::entrants).sum()));
        var columns = List.of(new Column(KEY + "offered", Unit.COUNT), new Column(KEY + "taken", Unit.COUNT),
                new Column(KEY + "rate", Unit.SHARE), new Column(KEY + "waitlisted", Unit.COUNT),
                new Column(KEY + "promoted", Unit.COUNT), new Column(KEY + "drawn", Unit.COUNT),
                new Column(KEY + "entrants", Unit.COUNT));
        var rows = days.stream().map(d -> new Row(Label.day(d.day()), Arrays.asList((double) d.offered(), (double) d.taken(),
                Shares.of(d.taken(), d.offered()), (double) d.waitlisted(), (double) d.promoted(), (double) d.drawn(),
                (double) d.entrants()))).toList();
        return new Figures(headlines, columns, rows);
    }
}
