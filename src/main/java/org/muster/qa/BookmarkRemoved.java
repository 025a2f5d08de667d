package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("BookmarkRemoved")
public record BookmarkRemoved(long postId, long memberId) implements DomainEvent {
}
