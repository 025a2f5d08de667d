package org.muster.insights;

import org.muster.platform.Delivery;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.JobLocks;
import org.muster.platform.Subscriptions;
import org.muster.qa.QuestionAsked;
import org.muster.search.SearchActivity;
import org.muster.support.TicketOpened;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Keeps the self-service facts. Searches are no domain events (the search log is written off the request
 * path, a second late), so a cluster-safe job copies the log through search's API: every search after the
 * last one copied, and again every search young enough to be marked opened still, so that the copy ends
 * equal to the log. What members do after a search (asking, escalating their own question) follows the
 * change feed. A rebuild copies the whole log and replays the feed, and so gives the same facts.
 */
@Component
class SelfServiceFollower implements FeedSubscriber, DerivedFacts {

    private static final String COPYING = "insights.search.copy";
    private static final int BATCH = 1000;

    private final SelfServiceFacts facts;
    private final SearchActivity searches;
    private final Subscriptions subscriptions;
    private final JobLocks jobs;
    private final Clock clock;

    SelfServiceFollower(SelfServiceFacts facts, SearchActivity searches, Subscriptions subscriptions, JobLocks jobs, Clock clock) {
        this.facts = facts;
        this.searches = searches;
        this.subscriptions = subscriptions;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String subscription() {
        return "insights.search";
    }

    void on(QuestionAsked asked, Delivery delivery) {
        facts.asked(asked.questionId(), asked.authorId(), delivery.occurredAt());
    }

    /** Only the asker's own escalation: one by staff, a rule or the ladder is no choice of the searcher's. */
    void on(TicketOpened opened, Delivery delivery) {
        if ("member".equals(opened.cause())) facts.escalated(opened.questionId(), delivery.occurredAt());
    }

    @Scheduled(fixedDelayString = "${muster.insights.search-copy:PT1M}", initialDelayString = "PT50S")
    @Transactional
    public void copyNow() {
        copy(clock.instant());
    }

    /** Copies what the log has new or may still have changed at {@code now}; false when another node is copying. */
    @Transactional
    public boolean copy(Instant now) {
        if (!jobs.tryLock(COPYING)) return false;
        // Twice the window: node clocks and the log's second in memory may be a little apart.
        var changing = searches.lastIdBefore(now.minus(SearchActivity.OPENING_WINDOW.multipliedBy(2)));
        walk(Math.min(facts.lastSearchId(), changing), done -> {
        });
        return true;
    }

    @Override
    public String label() {
        return "insights.rebuild.self-service";
    }

    @Override
    public long size() {
        return searches.count();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        jobs.lock(COPYING);
        facts.clear();
        subscriptions.replay(this, FeedPosition.START);
        walk(0, done);
    }

    private void walk(long after, LongConsumer done) {
        long copied = 0;
        while (true) {
            var batch = searches.batchAfter(after, BATCH);
            facts.keep(batch);
            copied += batch.size();
            done.accept(copied);
            if (batch.size() < BATCH) return;
            after = batch.getLast().id();
        }
    }
}
