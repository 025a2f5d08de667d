package org.muster.routing;

import org.muster.routing.QuestionClimbed.Step;

/**
 * A space's response-time ladder: how many hours after asking an unanswered question takes each
 * step. A step without hours is left out; a space whose steps are all left out has no ladder.
 */
record Ladder(Integer morePeers, Integer champions, Integer staffQueue, Integer escalation) {

    static final Ladder NONE = new Ladder(null, null, null, null);

    Integer hours(Step step) {
        return switch (step) {
            case MORE_PEERS -> morePeers;
            case CHAMPIONS -> champions;
            case STAFF_QUEUE -> staffQueue;
            case ESCALATION -> escalation;
        };
    }

    boolean isEmpty() {
        return morePeers == null && champions == null && staffQueue == null && escalation == null;
    }

    /** The name of the step's field in forms, the API and problem details. */
    static String field(Step step) {
        return switch (step) {
            case MORE_PEERS -> "morePeers";
            case CHAMPIONS -> "champions";
            case STAFF_QUEUE -> "staffQueue";
            case ESCALATION -> "escalation";
        };
    }
}
