package org.muster.qa;

import org.muster.platform.DomainEvent;

public record CommentAdded(long commentId, long postId, long questionId, long authorId) implements DomainEvent {
}
