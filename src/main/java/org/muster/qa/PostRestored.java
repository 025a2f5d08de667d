package org.muster.qa;

import org.muster.platform.EventName;

/** A moderator brought a deleted post back into view. */
@EventName("PostRestored")
public record PostRestored(long postId, long questionId, long restoredBy) implements QuestionEvent {
}
