package org.muster.insights;

import org.muster.knowledge.InstantAnswerDeclined;
import org.muster.knowledge.InstantAnswerLeft;
import org.muster.knowledge.InstantAnswerShown;
import org.muster.knowledge.InstantAnswerSignals;
import org.muster.knowledge.InstantAnswerSolved;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Keeps the daily totals of instant answers ({@code instant.*}): each event names the day its offer was
 * first shown, and at the end of a batch those days are counted anew from knowledge's signals, in one
 * call. A rebuild counts every day the same way, so both give the same figures.
 */
@Component
class InstantAnswerFollower implements FeedSubscriber, DerivedFacts {

    static final String PREFIX = "instant.";
    static final String SHOWN = PREFIX + "shown", SOLVED = PREFIX + "solved", DECLINED = PREFIX + "declined",
            LEFT = PREFIX + "left";
    private static final int DAYS = 100;

    private final InstantAnswerSignals signals;
    private final DailyTotals totals;
    private final Subscriptions subscriptions;
    private final Set<LocalDate> touched = new TreeSet<>();

    InstantAnswerFollower(InstantAnswerSignals signals, DailyTotals totals, Subscriptions subscriptions) {
        this.signals = signals;
        this.totals = totals;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "insights.instant-answers";
    }

    void on(InstantAnswerShown shown) {
        touch(shown.shownAt());
    }

    void on(InstantAnswerSolved solved) {
        touch(solved.shownAt());
    }

    void on(InstantAnswerDeclined declined) {
        touch(declined.shownAt());
    }

    void on(InstantAnswerLeft left) {
        touch(left.shownAt());
    }

    private void touch(Instant shownAt) {
        touched.add(LocalDate.ofInstant(shownAt, ZoneOffset.UTC));
    }

    @Override
    public void batchApplied(boolean replay) {
        if (touched.isEmpty()) return;
        var days = List.copyOf(touched);
        touched.clear();
        totals.clear(PREFIX, days);
        count(days);
    }

    private void count(List<LocalDate> days) {
        var cells = new ArrayList<DailyTotals.Cell>();
        for (var day : signals.on(days)) {
            cells.add(new DailyTotals.Cell(SHOWN, day.day(), day.spaceId(), "", day.shown()));
            cells.add(new DailyTotals.Cell(SOLVED, day.day(), day.spaceId(), "", day.solved()));
            cells.add(new DailyTotals.Cell(DECLINED, day.day(), day.spaceId(), "", day.declined()));
            cells.add(new DailyTotals.Cell(LEFT, day.day(), day.spaceId(), "", day.left()));
        }
        totals.add(cells);
    }

    @Override
    public String label() {
        return "insights.rebuild.instant-answers";
    }

    @Override
    public long size() {
        return signals.days().size();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        totals.clear(PREFIX);
        var days = signals.days();
        for (int from = 0; from < days.size(); from += DAYS) {
            var chunk = days.subList(from, Math.min(days.size(), from + DAYS));
            count(chunk);
            done.accept(from + chunk.size());
        }
    }
}
