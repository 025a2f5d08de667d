package org.muster.qa;

import org.muster.platform.DomainEvent;

public record HelpedMarked(long postId, long questionId, long memberId, Long postAuthorId) implements DomainEvent {
}
