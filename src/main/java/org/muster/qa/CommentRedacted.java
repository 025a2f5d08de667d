package org.muster.qa;

import org.muster.platform.DomainEvent;

/** A moderator masked text in a comment; pages that showed it are stale. */
public record CommentRedacted(long commentId, long postId, long questionId) implements DomainEvent {
}
