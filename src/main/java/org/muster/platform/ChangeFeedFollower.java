package org.muster.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Tails the change feed so that every node hears of every change, including those made on other
 * nodes, a fraction of a second later. Identity values are handed out before commit, so a later id
 * can become visible first: ids above the settled mark are re-read until they are old enough that
 * no transaction could still be writing below them.
 */
@Component
class ChangeFeedFollower {

    private static final int SETTLE_SECONDS = 10;

    private final JdbcClient db;
    private final EventLog log;
    private final ApplicationEventPublisher events;
    private long settled = -1;
    private final Set<Long> seenAboveSettled = new HashSet<>();

    ChangeFeedFollower(JdbcClient db, EventLog log, ApplicationEventPublisher events) {
        this.db = db;
        this.log = log;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${muster.feed.poll:PT0.25S}")
    synchronized void poll() {
        if (settled < 0) {
            settled = db.sql("select coalesce(max(id), 0) from domain_events").query(Long.class).single();
            return;
        }
        for (var entry : log.after(settled, 1000)) {
            if (seenAboveSettled.add(entry.id())) events.publishEvent(new FeedEntry(entry));
        }
        var newSettled = db.sql("""
                        select coalesce(max(id), :settled) from domain_events
                        where id > :settled and occurred_at < now() - make_interval(secs => :age)""")
                .param("settled", settled).param("age", SETTLE_SECONDS).query(Long.class).single();
        if (newSettled > settled) {
            settled = newSettled;
            seenAboveSettled.removeIf(id -> id <= newSettled);
        }
    }
}
