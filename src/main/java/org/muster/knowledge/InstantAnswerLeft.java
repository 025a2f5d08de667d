package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.time.Instant;

/**
 * The member left an instant answer unanswered: neither a choice nor a question of his within the asking
 * window after it was last shown; {@code shownAt}: when it was first shown.
 */
@EventName("InstantAnswerLeft")
public record InstantAnswerLeft(long offerId, long memberId, long questionId, long spaceId, Instant shownAt)
        implements DomainEvent {
}
