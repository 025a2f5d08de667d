package org.muster.routing;

import org.muster.moderation.FlagService;
import org.muster.moderation.PostFlagged;
import org.muster.moderation.ReviewItem;
import org.muster.moderation.ReviewResolved;
import org.muster.moderation.SanctionImposed;
import org.muster.moderation.VotingRingReported;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.CommentHeld;
import org.muster.qa.PostHeld;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.support.TicketChanged;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells members what moderation and support decided about them or left for them to decide: a flag
 * decided (to everyone who flagged the item), an escalation's ticket moving on (to the asker), a
 * sanction (to the member), and a new review item (to everyone who may act on it).
 */
@Component
class DecisionNotices implements FeedSubscriber {

    /** Outcomes after which the flagged post is out of a flagger's sight: the notice must not point at it. */
    private static final Set<String> REMOVING = Set.of("hide", "delete");

    private final Notifications notifications;
    private final NotificationRepository told;
    private final FlagService flags;
    private final QuestionDocuments questions;

    DecisionNotices(Notifications notifications, NotificationRepository told, FlagService flags, QuestionDocuments questions) {
        this.notifications = notifications;
        this.told = told;
        this.flags = flags;
        this.questions = questions;
    }

    @Override
    public String subscription() {
        return "routing.decisions";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    /**
     * Each flagger learns the outcome. A removed answer leaves its question to point at; a removed
     * question leaves nothing, so that notice names neither the question nor its title.
     */
    void on(ReviewResolved resolved) {
        var flaggers = flags.flaggersOf(resolved.reviewId());
        if (flaggers.isEmpty()) return;
        boolean removed = REMOVING.contains(resolved.action());
        boolean questionRemoved = removed && resolved.postId() == resolved.questionId();
        var question = questionRemoved ? Optional.<QuestionDocument>empty() : question(resolved.questionId());
        for (var flagger : flaggers) {
            if (question.isEmpty()) {
                notifications.notify(new Notice(flagger, NotificationKind.DECISION, null, null, null, resolved.reviewId(),
                        resolved.resolvedBy(), "notification.decision.flag-removed", List.of(), "/guidelines"));
                continue;
            }
            Long postId = removed ? null : resolved.postId();
            notifications.notify(new Notice(flagger, NotificationKind.DECISION, resolved.questionId(), postId, null,
                    resolved.reviewId(), resolved.resolvedBy(), "notification.decision.flag-" + resolved.action(),
                    List.of(question.get().title()), postPath(resolved.questionId(), postId)));
        }
    }

    /** Support mails the asker every status change itself (ticket-changed), so this one is in-app only. */
    void on(TicketChanged changed) {
        if (!List.of(changed.change().split(",")).contains("status")) return;
        var question = question(changed.questionId());
        if (question.isEmpty() || question.get().authorId() == null) return;
        notifications.notifyInApp(new Notice(question.get().authorId(), NotificationKind.DECISION, changed.questionId(), null,
                null, changed.ticketId(), null, "notification.decision.ticket-" + changed.status(),
                List.of(question.get().title()), "/support/tickets/" + changed.ticketId()));
    }

    /** Moderation mails every sanction with its reason itself (moderation/sanction), so this one is in-app only. */
    void on(SanctionImposed imposed) {
        notifications.notifyInApp(new Notice(imposed.memberId(), NotificationKind.SANCTION, null, null, null,
                imposed.sanctionId(), imposed.imposedBy(), "notification.sanction." + imposed.kind(),
                imposed.endsAt() == null ? List.of() : List.of(imposed.endsAt().toString()), "/guidelines"));
    }

    void on(PostFlagged flagged) {
        reviewItem(flags.openReview(flagged.reviewId()), flagged.flaggedBy());
    }

    void on(VotingRingReported reported) {
        reviewItem(flags.openReview(reported.reviewId()), null);
    }

    void on(PostHeld held) {
        reviewItem(flags.openReviewOf(held.postId(), null), null);
    }

    void on(CommentHeld held) {
        reviewItem(flags.openReviewOf(held.postId(), held.commentId()), null);
    }

    /**
     * One notice per reviewer and item, however many flags and holds it gathers; an item already
     * resolved when this runs needs nobody. It names the post (and comment) it is about, so a reviewer
     * who may no longer see it, or never could (a space they cannot read), is not shown it.
     */
    private void reviewItem(Optional<ReviewItem> open, Long actorId) {
        if (open.isEmpty()) return;
        var item = open.get();
        var question = question(item.questionId());
        if (question.isEmpty()) return;
        for (var reviewer : item.reviewers()) {
            if (told.existsAbout(reviewer, NotificationKind.MODERATION, item.id())) continue;
            notifications.notify(new Notice(reviewer, NotificationKind.MODERATION, item.questionId(), item.postId(),
                    item.commentId(), item.id(), actorId, "notification.moderation." + item.cause(),
                    List.of(question.get().title()), "/moderation"));
        }
    }

    private Optional<QuestionDocument> question(long questionId) {
        return questions.byIds(List.of(questionId)).stream().findFirst();
    }

    private static String postPath(long questionId, Long postId) {
        return "/questions/" + questionId + (postId == null || postId == questionId ? "" : "#post-" + postId);
    }
}
