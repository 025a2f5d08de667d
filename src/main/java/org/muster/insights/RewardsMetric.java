package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.muster.missions.programs.ProgramNames;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Points earned, pending and redeemed, and each program budget and sponsor pool: what it paid out in the
 * period and what was left at its end. Points budgets fill the points columns, cash budgets the cash
 * columns with their currency.
 */
@Component
class RewardsMetric implements Metric {

    private static final String KEY = "insights.metric.rewards.";

    private final PeerArmyFacts facts;
    private final ProgramNames names;

    RewardsMetric(PeerArmyFacts facts, ProgramNames names) {
        this.facts = facts;
        this.names = names;
    }

    /** The ledger and its budgets are the brand's, not a space's or a tag's. */
    @Override
    public About about() {
        return new About("rewards", Family.PEER_ARMY, Chart.BAR, 40, false, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var period = scope.period();
        var headlines = List.of(
                new Headline(KEY + "earned", Unit.POINTS, (double) facts.pointsEarnedPerMember(period).stream().mapToLong(Long::longValue).sum()),
                new Headline(KEY + "pending", Unit.POINTS, (double) facts.pointsPendingAtEnd(period)),
                new Headline(KEY + "redeemed", Unit.POINTS, (double) facts.pointsRedeemed(period)));
        var columns = List.of(new Column(KEY + "spent-points", Unit.POINTS), new Column(KEY + "left-points", Unit.POINTS),
                new Column(KEY + "spent-cash", Unit.MINOR_UNITS), new Column(KEY + "left-cash", Unit.MINOR_UNITS));
        var funds = facts.funds(period);
        var programs = names.programs(funds.stream().filter(f -> f.kind().equals("budget")).map(PeerArmyFacts.Fund::ownerId).toList());
        var partners = names.partners(funds.stream().filter(f -> f.kind().equals("pool")).map(PeerArmyFacts.Fund::ownerId).toList());
        var rows = new ArrayList<Row>();
        // Budgets first, then sponsor pools, each by name.
        funds.stream().sorted(Comparator.comparing((PeerArmyFacts.Fund f) -> f.kind().equals("pool"))
                        .thenComparing(f -> name(f, programs, partners)).thenComparing(PeerArmyFacts.Fund::currency))
                .forEach(f -> {
                    boolean points = f.currency().equals("points");
                    var values = points ? Arrays.asList((double) f.spent(), (double) f.remaining(), null, null)
                            : Arrays.asList(null, null, (double) f.spent(), (double) f.remaining());
                    rows.add(new Row(Label.name(name(f, programs, partners)), values, points ? null : f.currency()));
                });
        return new Figures(headlines, columns, rows);
    }

    /** A program's or partner's name; one since removed keeps its number, so its money still shows. */
    private static String name(PeerArmyFacts.Fund fund, java.util.Map<Long, String> programs, java.util.Map<Long, String> partners) {
        var name = (fund.kind().equals("budget") ? programs : partners).get(fund.ownerId());
        return name == null ? "#" + fund.ownerId() : name;
    }
}
