package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionClosed")
public record QuestionClosed(long questionId, String reason, Long duplicateOf, long closedBy) implements QuestionEvent {
}
