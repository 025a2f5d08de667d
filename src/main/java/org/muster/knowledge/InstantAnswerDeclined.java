package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.time.Instant;

/**
 * The member declined an instant answer: he chose "No, ask anyway", or posted a question while it was
 * offered; {@code shownAt}: when it was first shown.
 */
@EventName("InstantAnswerDeclined")
public record InstantAnswerDeclined(long offerId, long memberId, long questionId, long spaceId, Instant shownAt)
        implements DomainEvent {
}
