package org.muster.routing;

import org.muster.accounts.Members;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerPosted;
import org.muster.qa.AnswerValidated;
import org.muster.qa.CommentAdded;
import org.muster.qa.QuestionFollowers;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Tells the asker, the watchers of a question and the authors of its posts about its answers,
 * comments and accepted or validated answers, once each: the asker as the asker, not again as a watcher.
 * News only: a replay of the feed tells nobody again, and an import publishes none of these events.
 */
@Component
class QaNotifier implements FeedSubscriber {

    private final Notifications notifications;
    private final QuestionFollowers followers;
    private final Members members;

    QaNotifier(Notifications notifications, QuestionFollowers followers, Members members) {
        this.notifications = notifications;
        this.followers = followers;
        this.members = members;
    }

    @Override
    public String subscription() {
        return "routing.notifications";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(AnswerPosted answer, Delivery delivery) {
        if (delivery.replay()) return;
        var question = followers.of(answer.questionId()).orElse(null);
        if (question == null) return;
        var args = List.of(name(answer.authorId()), question.title());
        var path = "/questions/" + question.questionId() + "#post-" + answer.answerId();
        if (question.authorId() != null)
            notifications.notify(new Notice(question.authorId(), NotificationKind.ANSWER, question.questionId(),
                    answer.answerId(), null, null, answer.authorId(), "notification.answer", args, path));
        for (var watcher : question.watcherIds())
            if (!watcher.equals(question.authorId()))
                notifications.notify(new Notice(watcher, NotificationKind.WATCHED_QUESTION, question.questionId(),
                        answer.answerId(), null, null, answer.authorId(), "notification.watched.answer", args, path));
    }

    void on(CommentAdded comment, Delivery delivery) {
        if (delivery.replay()) return;
        var question = followers.of(comment.questionId()).orElse(null);
        if (question == null) return;
        var postAuthor = followers.authors(List.of(comment.postId())).get(comment.postId());
        var args = List.of(name(comment.authorId()), question.title());
        var path = "/questions/" + question.questionId() + "#comment-" + comment.commentId();
        if (postAuthor != null)
            notifications.notify(new Notice(postAuthor, NotificationKind.COMMENT, question.questionId(),
                    comment.postId(), comment.commentId(), null, comment.authorId(), "notification.comment", args, path));
        for (var watcher : question.watcherIds())
            if (!watcher.equals(postAuthor))
                notifications.notify(new Notice(watcher, NotificationKind.WATCHED_QUESTION, question.questionId(),
                        comment.postId(), comment.commentId(), null, comment.authorId(), "notification.watched.comment",
                        args, path));
    }

    void on(AnswerAccepted accepted, Delivery delivery) {
        // Entries from before AnswerUnaccepted existed used this event, naming the answer twice, to take the mark off.
        if (delivery.replay() || accepted.answerAuthorId() == null
                || Objects.equals(accepted.previousAnswerId(), accepted.answerId())) return;
        tellAnswerAuthor(accepted.questionId(), accepted.answerId(), accepted.answerAuthorId(), accepted.acceptedBy(),
                "notification.accepted");
    }

    void on(AnswerValidated validated, Delivery delivery) {
        if (delivery.replay() || !validated.validated() || validated.answerAuthorId() == null) return;
        tellAnswerAuthor(validated.questionId(), validated.answerId(), validated.answerAuthorId(), validated.validatedBy(),
                "notification.validated");
    }

    private void tellAnswerAuthor(long questionId, long answerId, long answerAuthorId, long actorId, String messageKey) {
        var question = followers.of(questionId).orElse(null);
        if (question == null) return;
        notifications.notify(new Notice(answerAuthorId, NotificationKind.ANSWER_ACCEPTED, questionId, answerId, null,
                null, actorId, messageKey, List.of(name(actorId), question.title()),
                "/questions/" + questionId + "#post-" + answerId));
    }

    private String name(long memberId) {
        var member = members.summaries(List.of(memberId)).get(memberId);
        return member == null ? "" : member.displayName();
    }
}
