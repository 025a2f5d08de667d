package org.muster.recognition;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps reputation, ranks and badges up with the change feed; one node at a time does the work. */
@Component
@ConditionalOnWebApplication
class ReputationFollower {

    private final Reputation reputation;

    ReputationFollower(Reputation reputation) {
        this.reputation = reputation;
    }

    @Scheduled(fixedDelayString = "${muster.recognition.poll:PT1S}")
    void follow() {
        while (reputation.follow() > 0) {
            // Catch up in batches, each its own transaction.
        }
    }
}
