package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionLocked(long questionId, long lockedBy, boolean locked) implements DomainEvent {
}
