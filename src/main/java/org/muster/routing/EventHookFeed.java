package org.muster.routing;

import org.muster.accounts.MemberVerified;
import org.muster.missions.MissionCompleted;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerPosted;
import org.muster.qa.AnswerValidated;
import org.muster.qa.PostRedacted;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionEscalated;
import org.muster.recognition.BadgeAwarded;
import org.muster.rewards.RewardRedeemed;
import org.muster.support.TicketChanged;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Maps the change feed's events to the hooks' public catalogue and writes their deliveries, one node at
 * a time, in the batch's transaction: an event is written to the outbox exactly once, however often a
 * node crashes. A replay of the feed is old news and sends nothing.
 */
@Component
class EventHookFeed implements FeedSubscriber {

    private final EventHookOutbox outbox;
    private final EventHookRepository hooks;

    EventHookFeed(EventHookOutbox outbox, EventHookRepository hooks) {
        this.hooks = hooks;
        this.outbox = outbox;
    }

    @Override
    public String subscription() {
        return "routing.event-hooks";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(PostRedacted redacted) {
        hooks.forgetRedacted(redacted.questionId(), redacted.postId());
    }

    void on(QuestionAsked e, Delivery d) {
        offer(d, EventHookType.QUESTION_ASKED, e.questionId(), null, e.authorId(), Map.of());
    }

    void on(AnswerPosted e, Delivery d) {
        offer(d, EventHookType.QUESTION_ANSWERED, e.questionId(), e.answerId(), e.authorId(), Map.of());
    }

    void on(AnswerAccepted e, Delivery d) {
        offer(d, EventHookType.QUESTION_SOLVED, e.questionId(), e.answerId(), e.answerAuthorId(), Map.of());
    }

    void on(AnswerValidated e, Delivery d) {
        if (e.validated()) offer(d, EventHookType.ANSWER_VALIDATED, e.questionId(), e.answerId(), e.answerAuthorId(), Map.of());
    }

    void on(QuestionEscalated e, Delivery d) {
        offer(d, EventHookType.QUESTION_ESCALATED, e.questionId(), null, null, Map.of());
    }

    void on(TicketChanged e, Delivery d) {
        offer(d, EventHookType.TICKET_CHANGED, e.questionId(), null, null,
                Map.of("ticket", Map.of("id", e.ticketId(), "status", e.status(), "change", e.change())));
    }

    void on(MissionCompleted e, Delivery d) {
        offer(d, EventHookType.MISSION_COMPLETED, null, null, e.memberId(),
                Map.of("mission", Map.of("id", e.missionId(), "kind", e.kind(), "rewardPoints", e.rewardPoints())));
    }

    void on(RewardRedeemed e, Delivery d) {
        offer(d, EventHookType.REWARD_REDEEMED, null, null, e.memberId(),
                Map.of("redemption", Map.of("id", e.redemptionId(), "itemId", e.itemId(), "kind", e.kind(), "cost", e.cost())));
    }

    void on(BadgeAwarded e, Delivery d) {
        offer(d, EventHookType.BADGE_AWARDED, null, null, e.memberId(), Map.of("badge", Map.of("id", e.badgeId())));
    }

    void on(MemberVerified e, Delivery d) {
        offer(d, EventHookType.MEMBER_JOINED, null, null, e.memberId(), Map.of());
    }

    private void offer(Delivery delivery, EventHookType type, Long questionId, Long answerId, Long memberId,
                       Map<String, Object> details) {
        if (delivery.replay()) return;
        outbox.offer(new EventHookFact(type, delivery.position().toString(), delivery.occurredAt(), questionId,
                answerId, memberId, details));
    }
}
