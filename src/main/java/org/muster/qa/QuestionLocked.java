package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionLocked")
public record QuestionLocked(long questionId, long lockedBy, boolean locked) implements QuestionEvent {
}
