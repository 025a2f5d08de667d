package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.time.Instant;

/** The member said an instant answer solved his question ("Yes, thanks"); {@code shownAt}: when it was first shown. */
@EventName("InstantAnswerSolved")
public record InstantAnswerSolved(long offerId, long memberId, long questionId, long spaceId, Instant shownAt)
        implements DomainEvent {
}
