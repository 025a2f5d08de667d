package org.muster.qa;

import org.muster.platform.EventName;

/**
 * Its author or a moderator deleted a comment. New entries always carry {@code deletedBy} and
 * {@code deleted} true; entries recorded before {@link CommentHeld} and {@link CommentReleased}
 * existed also used this event for those, with an empty {@code deletedBy} and {@code deleted} false
 * for a comment that came back.
 */
@EventName("CommentDeleted")
public record CommentDeleted(long commentId, long postId, long questionId, Long deletedBy, boolean deleted)
        implements QuestionEvent {

    public CommentDeleted(long commentId, long postId, long questionId, long deletedBy) {
        this(commentId, postId, questionId, deletedBy, true);
    }
}
