package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * How evenly slots and points were spread over the members who got any in the period: the Gini
 * coefficient (0: everyone got the same, towards 1: one member got nearly all) and the share of the
 * top tenth of those members (at least one member).
 */
@Component
class FairnessMetric implements Metric {

    private static final String KEY = "insights.metric.fairness.";

    private final PeerArmyFacts facts;

    FairnessMetric(PeerArmyFacts facts) {
        this.facts = facts;
    }

    /** Missions and rewards belong to programs, not to spaces or tags. */
    @Override
    public About about() {
        return new About("fairness", Family.PEER_ARMY, Chart.BAR, 60, false, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var slots = sorted(facts.slotsPerMember(scope.period()));
        var points = sorted(facts.pointsEarnedPerMember(scope.period()));
        var headlines = List.of(
                new Headline(KEY + "slot-members", Unit.COUNT, (double) slots.length),
                new Headline(KEY + "slot-gini", Unit.DECIMAL, gini(slots)),
                new Headline(KEY + "slot-top-share", Unit.SHARE, topShare(slots)),
                new Headline(KEY + "reward-members", Unit.COUNT, (double) points.length),
                new Headline(KEY + "reward-gini", Unit.DECIMAL, gini(points)),
                new Headline(KEY + "reward-top-share", Unit.SHARE, topShare(points)));
        var columns = List.of(new Column(KEY + "members", Unit.COUNT), new Column(KEY + "gini", Unit.DECIMAL),
                new Column(KEY + "top-share", Unit.SHARE));
        var rows = List.of(
                new Row(Label.message(KEY + "slots"), Arrays.asList((double) slots.length, gini(slots), topShare(slots))),
                new Row(Label.message(KEY + "rewards"), Arrays.asList((double) points.length, gini(points), topShare(points))));
        return new Figures(headlines, columns, rows);
    }

    private static long[] sorted(List<Long> amounts) {
        return amounts.stream().mapToLong(Long::longValue).filter(a -> a > 0).sorted().toArray();
    }

    /** Over amounts sorted from least to most: (2 Σ i·xᵢ) / (n Σ x) − (n + 1) / n, i from 1; null without members. */
    static Double gini(long[] ascending) {
        int n = ascending.length;
        if (n == 0) return null;
        double weighted = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * (double) ascending[i];
            total += ascending[i];
        }
        return 2 * weighted / (n * (double) total) - (n + 1) / (double) n;
    }

    /** What the top tenth of members (rounded up) got of the whole. */
    static Double topShare(long[] ascending) {
        int n = ascending.length;
        if (n == 0) return null;
        int top = (n + 9) / 10;
        long total = Arrays.stream(ascending).sum();
        long topTotal = Arrays.stream(ascending, n - top, n).sum();
        return Shares.of(topTotal, total);
    }
}
