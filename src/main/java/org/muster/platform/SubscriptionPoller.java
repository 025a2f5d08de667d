package org.muster.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A serving node follows the feed continuously; commands (imports, recomputes) do not. */
@Component
@ConditionalOnWebApplication
class SubscriptionPoller {

    private final Subscriptions subscriptions;

    SubscriptionPoller(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(fixedDelayString = "${muster.feed.poll:PT0.2S}")
    void poll() {
        subscriptions.catchUp();
    }
}
