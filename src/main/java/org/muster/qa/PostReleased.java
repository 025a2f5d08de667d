package org.muster.qa;

import org.muster.platform.EventName;

/** Moderation brought a held post back into view. */
@EventName("PostReleased")
public record PostReleased(long postId, long questionId) implements QuestionEvent {
}
