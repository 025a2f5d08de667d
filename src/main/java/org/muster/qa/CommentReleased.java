package org.muster.qa;

import org.muster.platform.EventName;

/** Moderation brought a held comment back into view. */
@EventName("CommentReleased")
public record CommentReleased(long commentId, long postId, long questionId) implements QuestionEvent {
}
