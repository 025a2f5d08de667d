package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.time.Instant;

/**
 * An instant answer was shown on the ask form: the solution of question {@code questionId} (in space
 * {@code spaceId}) offered to a member while asking, once per member, question and asking.
 */
@EventName("InstantAnswerShown")
public record InstantAnswerShown(long offerId, long memberId, long questionId, long spaceId, Instant shownAt)
        implements DomainEvent {
}
