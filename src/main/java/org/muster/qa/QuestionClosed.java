package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionClosed(long questionId, String reason, Long duplicateOf, long closedBy) implements DomainEvent {
}
