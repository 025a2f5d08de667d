package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member asked to help with a question said no; they are not asked about it again. */
@EventName("ExpertRequestDeclined")
public record ExpertRequestDeclined(long questionId, long memberId) implements DomainEvent {
}
