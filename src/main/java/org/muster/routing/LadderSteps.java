package org.muster.routing;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.moderation.Settings;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Role;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionService;
import org.muster.support.UnansweredEscalations;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Routing's own steps of the ladder: at CHAMPIONS the champions of the question's tags, at STAFF_QUEUE
 * staff and admins (who also find it on "Waiting for staff") are asked for an answer. MORE_PEERS is
 * expert routing's; at ESCALATION support opens a ticket. A replay tells nobody again.
 */
@Component
class LadderSteps implements FeedSubscriber {

    private final QuestionDocuments questions;
    private final Members members;
    private final Settings moderation;
    private final Notifications notifications;
    private final UnansweredEscalations escalations;
    private final QuestionService waiting;

    LadderSteps(QuestionDocuments questions, Members members, Settings moderation, Notifications notifications,
                UnansweredEscalations escalations, QuestionService waiting) {
        this.questions = questions;
        this.waiting = waiting;
        this.members = members;
        this.moderation = moderation;
        this.notifications = notifications;
        this.escalations = escalations;
    }

    @Override
    public String subscription() {
        return "routing.ladder";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(QuestionClimbed climbed, Delivery delivery) {
        if (climbed.step() == QuestionClimbed.Step.ESCALATION) {
            escalations.escalate(climbed.questionId());
            return;
        }
        if (delivery.replay()) return;
        switch (climbed.step()) {
            case CHAMPIONS -> stillWaiting(climbed).ifPresent(q -> tell(championsOf(q), q, "notification.ladder.champions"));
            case STAFF_QUEUE -> stillWaiting(climbed).ifPresent(q -> tell(staff(), q, "notification.ladder.staff"));
            case MORE_PEERS, ESCALATION -> {
            }
        }
    }

    /** An answer or an escalation may have come between the round and this batch: then nobody needs asking. */
    private java.util.Optional<QuestionDocument> stillWaiting(QuestionClimbed climbed) {
        if (waiting.stillUnanswered(List.of(climbed.questionId())).isEmpty()) return java.util.Optional.empty();
        return questions.byIds(List.of(climbed.questionId())).stream().findFirst();
    }

    private List<Long> championsOf(QuestionDocument question) {
        var tags = new HashSet<>(question.tags());
        var champions = members.withRole(Role.CHAMPION).stream().map(MemberSummary::id).toList();
        return moderation.championTags(champions).entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(tags::contains))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    private List<Long> staff() {
        return Stream.concat(members.withRole(Role.STAFF).stream(), members.withRole(Role.ADMIN).stream())
                .map(MemberSummary::id).toList();
    }

    private void tell(List<Long> memberIds, QuestionDocument question, String messageKey) {
        for (var memberId : memberIds)
            if (question.authorId() == null || memberId != question.authorId().longValue()) notifications.notify(new Notice(memberId, NotificationKind.ROUTED, question.id(), question.id(), null, null,
                    null, messageKey, List.of(question.title()), "/questions/" + question.id()));
    }
}
