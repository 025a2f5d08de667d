package org.muster.qa;

import org.muster.platform.DomainEvent;

public record PostDeleted(long postId, long questionId, Long deletedBy, boolean deleted) implements DomainEvent {
}
