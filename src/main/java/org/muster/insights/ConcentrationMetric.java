package org.muster.insights;

import org.muster.accounts.Members;
import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * How much of the answering rests on a few members: the share of the period's answers written by the top
 * 1 % and 5 % of answerers, and how few members carry half of the accepted answers; bars for the top answerers.
 */
@Component
class ConcentrationMetric implements Metric {

    private static final String KEY = "insights.metric.concentration";
    private static final int BARS = 10;

    private final HealthRepository health;
    private final Members members;

    ConcentrationMetric(HealthRepository health, Members members) {
        this.health = health;
        this.members = members;
    }

    @Override
    public About about() {
        return new About("concentration", Family.HEALTH, Chart.BAR, 30);
    }

    @Override
    public Figures figures(Scope scope) {
        var answerers = health.listAnswerers(scope);
        long answers = answerers.stream().mapToLong(HealthRepository.Answerer::answers).sum();
        var headlines = List.of(
                new Headline(KEY + ".answers", Unit.COUNT, (double) answers),
                new Headline(KEY + ".answerers", Unit.COUNT, (double) answerers.size()),
                new Headline(KEY + ".top1-share", Unit.SHARE, topShare(answerers, answers, 1)),
                new Headline(KEY + ".top5-share", Unit.SHARE, topShare(answerers, answers, 5)),
                new Headline(KEY + ".half-accepted", Unit.COUNT, carryingHalf(answerers)));
        var top = answerers.subList(0, Math.min(BARS, answerers.size()));
        var names = members.summaries(top.stream().map(HealthRepository.Answerer::memberId).toList());
        var rows = top.stream().map(a -> {
            var member = names.get(a.memberId());
            var label = member == null ? Label.message(KEY + ".former-member") : Label.name(member.displayName());
            return new Row(label, List.of((double) a.answers(), (double) a.answers() / answers, (double) a.accepted()));
        }).toList();
        return new Figures(headlines, List.of(new Column(KEY + ".answers", Unit.COUNT),
                new Column(KEY + ".answer-share", Unit.SHARE), new Column(KEY + ".accepted", Unit.COUNT)), rows);
    }

    /** The answers of the top {@code percent} % of answerers (rounded up, at least one), most answers first. */
    private static Double topShare(List<HealthRepository.Answerer> answerers, long answers, int percent) {
        if (answerers.isEmpty()) return null;
        int top = Math.max(1, (answerers.size() * percent + 99) / 100);
        return (double) answerers.stream().limit(top).mapToLong(HealthRepository.Answerer::answers).sum() / answers;
    }

    /** The fewest members whose accepted answers make at least half of all; null without accepted answers. */
    private static Double carryingHalf(List<HealthRepository.Answerer> answerers) {
        long accepted = answerers.stream().mapToLong(HealthRepository.Answerer::accepted).sum();
        if (accepted == 0) return null;
        var most = answerers.stream().map(HealthRepository.Answerer::accepted).sorted(Comparator.reverseOrder()).toList();
        long carried = 0;
        int members = 0;
        while (2 * carried < accepted) carried += most.get(members++);
        return (double) members;
    }
}
