package org.muster.routing;

import org.muster.knowledge.CanonicalReviewDue;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.QuestionDocuments;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Asks the champions knowledge names to re-verify a canonical answer whose review day came (in-app, and by
 * mail as each one's setting for content reviews says). Knowledge tells each review day once; a replay tells
 * nobody again.
 */
@Component
class CanonicalReviewNotices implements FeedSubscriber {

    private final Notifications notifications;
    private final QuestionDocuments questions;

    CanonicalReviewNotices(Notifications notifications, QuestionDocuments questions) {
        this.notifications = notifications;
        this.questions = questions;
    }

    @Override
    public String subscription() {
        return "routing.canonical-reviews";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(CanonicalReviewDue due, Delivery delivery) {
        if (delivery.replay() || due.championIds().isEmpty()) return;
        var question = questions.byIds(List.of(due.questionId())).stream().filter(q -> !q.deleted()).findFirst();
        if (question.isEmpty()) return;
        for (var champion : due.championIds())
            notifications.notify(new Notice(champion, NotificationKind.CONTENT_REVIEW, due.questionId(), due.answerId(),
                    null, due.answerId(), null, "canonical.notification.review-due", List.of(question.get().title()),
                    "/canonical/answers/" + due.answerId()));
    }
}
