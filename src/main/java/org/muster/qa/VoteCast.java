package org.muster.qa;

import org.muster.platform.DomainEvent;

public record VoteCast(long postId, long voterId, Long postAuthorId, int value, int previousValue) implements DomainEvent {
}
