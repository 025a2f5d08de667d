package org.muster.qa;

import org.muster.platform.DomainEvent;

public record PostDeleted(long postId, long deletedBy, boolean deleted) implements DomainEvent {
}
