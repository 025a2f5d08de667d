package org.muster.qa;

import org.muster.platform.DomainEvent;

public record HelpedMarked(long postId, long memberId, Long postAuthorId) implements DomainEvent {
}
