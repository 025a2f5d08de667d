package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionViewed(long questionId) implements DomainEvent {
}
