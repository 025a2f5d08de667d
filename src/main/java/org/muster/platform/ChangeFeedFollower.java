package org.muster.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tails the change feed so that every node hears of every change, including those made on other
 * nodes, a fraction of a second later. A listener that fails on one entry is logged and does not
 * keep the entries after it, or the other listeners, from being heard.
 */
@Component
class ChangeFeedFollower {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedFollower.class);

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
        cursor.next(1000, entries -> entries.forEach(entry -> {
            try {
                events.publishEvent(new FeedEntry(entry));
            } catch (RuntimeException e) {
                LOG.error("A listener failed on change-feed entry {} ({}); skipped", entry.id(), entry.type(), e);
            }
        }));
    }
}
