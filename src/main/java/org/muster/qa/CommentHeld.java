package org.muster.qa;

import org.muster.platform.EventName;

/**
 * A comment went out of view until a moderator reviews it: held by the spam checks as it was posted
 * (reason review) or hidden by flags (reason flags).
 */
@EventName("CommentHeld")
public record CommentHeld(long commentId, long postId, long questionId, String reason) implements QuestionEvent {
}
