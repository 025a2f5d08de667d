package org.muster.support;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response-time ladder's last step: a question nobody answered in time gets a ticket. Routing
 * calls this when a question reaches that step, so that support, whose facts routing follows, never
 * follows routing back. Opening is idempotent: a question already escalated gets no second ticket.
 */
@Service
@NamedInterface("api")
public class UnansweredEscalations {

    private final TicketService tickets;

    UnansweredEscalations(TicketService tickets) {
        this.tickets = tickets;
    }

    @Transactional
    public void escalate(long questionId) {
        tickets.escalateBySystem(questionId, "unanswered");
    }
}
