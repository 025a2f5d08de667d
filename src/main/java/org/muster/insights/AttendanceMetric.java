package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** No-shows and late withdrawals on slots starting in the period, and the hours staff approved for them. */
@Component
class AttendanceMetric implements Metric {

    private static final String KEY = "insights.metric.attendance.";

    private final PeerArmyFacts facts;

    AttendanceMetric(PeerArmyFacts facts) {
        this.facts = facts;
    }

    /** Missions belong to programs, not to spaces or tags. */
    @Override
    public About about() {
        return new About("attendance", Family.PEER_ARMY, Chart.LINE, 20, false, false);
    }

    @Override
    public Figures figures(Scope scope) {
        var days = facts.attendance(scope.period(), scope.now());
        long due = days.stream().mapToLong(PeerArmyFacts.AttendanceDay::due).sum();
        long noShows = days.stream().mapToLong(PeerArmyFacts.AttendanceDay::noShows).sum();
        long commitments = days.stream().mapToLong(PeerArmyFacts.AttendanceDay::commitments).sum();
        long late = days.stream().mapToLong(PeerArmyFacts.AttendanceDay::lateWithdrawals).sum();
        long minutes = days.stream().mapToLong(PeerArmyFacts.AttendanceDay::minutes).sum();
        var headlines = List.of(
                new Headline(KEY + "no-show-rate", Unit.SHARE, Shares.of(noShows, due)),
                new Headline(KEY + "no-shows", Unit.COUNT, (double) noShows),
                new Headline(KEY + "late-withdrawal-rate", Unit.SHARE, Shares.of(late, commitments)),
                new Headline(KEY + "late-withdrawals", Unit.COUNT, (double) late),
                new Headline(KEY + "hours", Unit.HOURS, minutes / 60.0));
        var columns = List.of(new Column(KEY + "due", Unit.COUNT), new Column(KEY + "no-shows", Unit.COUNT),
                new Column(KEY + "commitments", Unit.COUNT), new Column(KEY + "late-withdrawals", Unit.COUNT),
                new Column(KEY + "hours", Unit.HOURS));
        var rows = days.stream().map(d -> new Row(Label.day(d.day()), Arrays.asList((double) d.due(), (double) d.noShows(),
                (double) d.commitments(), (double) d.lateWithdrawals(), d.minutes() / 60.0))).toList();
        return new Figures(headlines, columns, rows);
    }
}
