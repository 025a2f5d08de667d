package org.muster.support;

import org.muster.platform.FeedSubscriber;
import org.muster.routing.QuestionClimbed;
import org.springframework.stereotype.Component;

/**
 * The response-time ladder's last step is support's: a question nobody answered in time gets a
 * ticket. Opening one is idempotent (a question already escalated gets none), so a replay opens nothing twice.
 */
@Component
class LadderEscalations implements FeedSubscriber {

    private final TicketService tickets;

    LadderEscalations(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public String subscription() {
        return "support.ladder";
    }

    void on(QuestionClimbed climbed) {
        if (climbed.step() == QuestionClimbed.Step.ESCALATION) tickets.escalateBySystem(climbed.questionId(), "unanswered");
    }
}
