package org.muster.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of events an endpoint may subscribe to, under stable public names that do not follow
 * our Java or stored event names. Some are about what no visitor of the public site sees (tickets,
 * mission completions, redemptions): only endpoints marked internal may take those.
 */
enum EventHookType {
    QUESTION_ASKED("question.asked", false),
    QUESTION_ANSWERED("question.answered", false),
    QUESTION_SOLVED("question.solved", false),
    ANSWER_VALIDATED("answer.validated", false),
    QUESTION_ESCALATED("question.escalated", false),
    TICKET_CHANGED("ticket.changed", true),
    MISSION_COMPLETED("mission.completed", true),
    REWARD_REDEEMED("reward.redeemed", true),
    BADGE_AWARDED("badge.awarded", false),
    MEMBER_JOINED("member.joined", false);

    private final String publicName;
    private final boolean internalOnly;

    EventHookType(String publicName, boolean internalOnly) {
        this.publicName = publicName;
        this.internalOnly = internalOnly;
    }

    public String publicName() {
        return publicName;
    }

    public boolean internalOnly() {
        return internalOnly;
    }

    /** The key of the line a Slack-format delivery shows, in the site's language. */
    String messageKey() {
        return "eventhook.slack." + publicName;
    }

    static Optional<EventHookType> named(String publicName) {
        return Arrays.stream(values()).filter(t -> t.publicName.equals(publicName)).findFirst();
    }
}
