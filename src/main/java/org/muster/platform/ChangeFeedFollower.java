package org.muster.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tails the change feed so that every node hears of every change, including those made on other
 * nodes, a fraction of a second later.
 */
@Component
class ChangeFeedFollower {

    private final EventLog log;
    private final ApplicationEventPublisher events;
    private FeedCursor cursor;

    ChangeFeedFollower(EventLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${muster.feed.poll:PT0.25S}")
    synchronized void poll() {
        if (cursor == null) {
            cursor = log.cursorFromNow();
            return;
        }
        cursor.next(1000).forEach(entry -> events.publishEvent(new FeedEntry(entry)));
    }
}
