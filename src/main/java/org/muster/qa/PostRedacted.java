package org.muster.qa;

import org.muster.platform.EventName;

/** A moderator masked text in a post and in every revision of it; versions: how many changed. */
@EventName("PostRedacted")
public record PostRedacted(long postId, long questionId, long redactedBy, int versions) implements QuestionEvent {
}
