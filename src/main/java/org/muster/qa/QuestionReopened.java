package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionReopened")
public record QuestionReopened(long questionId, long reopenedBy) implements QuestionEvent {
}
