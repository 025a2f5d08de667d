package org.muster.qa;

import org.muster.platform.EventName;

/**
 * A comment left view (deleted by its author or a moderator, or hidden for review) or, with
 * {@code deleted} false, came back; {@code deletedBy} is empty when moderation hid or released it.
 */
@EventName("CommentDeleted")
public record CommentDeleted(long commentId, long postId, long questionId, Long deletedBy, boolean deleted)
        implements QuestionEvent {
}
