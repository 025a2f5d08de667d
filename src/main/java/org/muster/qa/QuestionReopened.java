package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionReopened(long questionId, long reopenedBy) implements DomainEvent {
}
