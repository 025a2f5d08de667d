package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("CommentAdded")
public record CommentAdded(long commentId, long postId, long questionId, long authorId) implements QuestionEvent {
}
