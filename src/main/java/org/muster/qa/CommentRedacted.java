package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator masked text in a comment; pages that showed it are stale. */
@EventName("CommentRedacted")
public record CommentRedacted(long commentId, long postId, long questionId) implements QuestionEvent {
}
