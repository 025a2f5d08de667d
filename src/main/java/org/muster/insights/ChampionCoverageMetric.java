package org.muster.insights;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.muster.moderation.Settings;
import org.muster.platform.Role;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;

/**
 * The tags questions were asked under in the period and whether a champion looks after each: the
 * uncovered ones, most asked first. Champions are the members whose role is champion now, for their
 * champion tags, so both periods are compared against today's champions.
 */
@Component
class ChampionCoverageMetric implements Metric {

    private static final String KEY = "insights.metric.champion-coverage.";
    /** The table lists the most asked uncovered tags; the headlines count all of them. */
    private static final int LISTED = 50;

    private final DailyTotals totals;
    private final Members members;
    private final Settings settings;

    ChampionCoverageMetric(DailyTotals totals, Members members, Settings settings) {
        this.totals = totals;
        this.members = members;
        this.settings = settings;
    }

    @Override
    public About about() {
        return new About("champion-coverage", Family.PEER_ARMY, Chart.BAR, 50);
    }

    @Override
    public Figures figures(Scope scope) {
        var asked = totals.sumsByTag(SupportFacts.ASKED, scope);
        var championed = new HashSet<String>();
        settings.championTags(members.withRole(Role.CHAMPION).stream().map(MemberSummary::id).toList())
                .values().forEach(championed::addAll);
        var uncovered = asked.stream().filter(t -> !championed.contains(t.tag())).toList();
        long uncoveredQuestions = uncovered.stream().mapToLong(DailyTotals.TagSum::value).sum();
        var headlines = List.of(
                new Headline(KEY + "covered", Unit.SHARE, Shares.of(asked.size() - uncovered.size(), asked.size())),
                new Headline(KEY + "tags", Unit.COUNT, (double) asked.size()),
                new Headline(KEY + "uncovered", Unit.COUNT, (double) uncovered.size()),
                new Headline(KEY + "uncovered-questions", Unit.COUNT, (double) uncoveredQuestions));
        var rows = uncovered.stream().limit(LISTED)
                .map(t -> new Row(Label.name(t.tag()), List.of((double) t.value()))).toList();
        return new Figures(headlines, List.of(new Column(KEY + "questions", Unit.COUNT)), rows);
    }
}
