package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("PostBookmarked")
public record PostBookmarked(long postId, long memberId) implements DomainEvent {
}
