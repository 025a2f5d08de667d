package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * An unanswered question reached the next step of its space's response-time ladder. Each step is
 * taken by whoever owns it: routing asks more peers, then the tags' champions, then the staff queue;
 * support opens a ticket at the last step.
 */
@EventName("QuestionClimbed")
public record QuestionClimbed(long questionId, long spaceId, Step step) implements DomainEvent {

    public enum Step {
        MORE_PEERS, CHAMPIONS, STAFF_QUEUE, ESCALATION
    }
}
