package org.muster.routing;

import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerPosted;
import org.muster.qa.AnswerUnaccepted;
import org.muster.qa.AnswerValidated;
import org.muster.qa.CommentAdded;
import org.muster.qa.CommentDeleted;
import org.muster.qa.CommentHeld;
import org.muster.qa.CommentRedacted;
import org.muster.qa.CommentReleased;
import org.muster.qa.HelpedMarked;
import org.muster.qa.PostDeleted;
import org.muster.qa.PostEdited;
import org.muster.qa.PostHeld;
import org.muster.qa.PostRedacted;
import org.muster.qa.PostReleased;
import org.muster.qa.PostRestored;
import org.muster.qa.QuestionEvent;
import org.muster.qa.VoteCast;

import java.util.Locale;
import java.util.Optional;

/**
 * What changed, as a live page is told it: only which part of a page to fetch again, never what is in
 * it, so a reader learns nothing they would not see by reloading.
 */
enum LiveChange {
    /** An answer came, went or was marked accepted or validated: the question page's answers. */
    ANSWERS,
    /** A vote or "this helped me" on the question or an answer. */
    VOTES,
    COMMENTS,
    /** A notification was stored for the member: the header count. */
    NOTIFICATIONS,
    /** A help room's messages: one came, or one was moderated or turned into a question. */
    MESSAGES,
    /**
     * The question (or its space) may have left some readers' sight: its streams are closed instead of told,
     * and the browser's reconnect passes the visibility check again, so an outsider hears no more of it.
     */
    RECHECK;

    /** The server-sent event's name, which the page's elements listen for ({@code hx-trigger="sse:answers"}). */
    String eventName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<LiveChange> named(String eventName) {
        for (var change : values()) if (change.eventName().equals(eventName)) return Optional.of(change);
        return Optional.empty();
    }

    /** The part of the question page a change to the question shows in; views, watches and tickets show in none. */
    static Optional<LiveChange> of(QuestionEvent event) {
        return Optional.ofNullable(switch (event) {
            case AnswerPosted posted -> ANSWERS;
            case AnswerAccepted accepted -> ANSWERS;
            case AnswerUnaccepted unaccepted -> ANSWERS;
            case AnswerValidated validated -> ANSWERS;
            case VoteCast vote -> VOTES;
            case HelpedMarked helped -> VOTES;
            case CommentAdded added -> COMMENTS;
            case CommentDeleted deleted -> COMMENTS;
            case CommentHeld held -> COMMENTS;
            case CommentReleased released -> COMMENTS;
            case CommentRedacted redacted -> COMMENTS;
            // An answer edited, deleted, held or brought back; the question's own body is not live.
            case PostEdited edited when edited.postId() != edited.questionId() -> ANSWERS;
            case PostDeleted deleted when deleted.postId() != deleted.questionId() -> ANSWERS;
            case PostRestored restored when restored.postId() != restored.questionId() -> ANSWERS;
            case PostHeld held when held.postId() != held.questionId() -> ANSWERS;
            case PostReleased released when released.postId() != released.questionId() -> ANSWERS;
            case PostRedacted redacted when redacted.postId() != redacted.questionId() -> ANSWERS;
            case PostDeleted deleted -> RECHECK;
            case PostHeld held -> RECHECK;
            default -> null;
        });
    }
}
