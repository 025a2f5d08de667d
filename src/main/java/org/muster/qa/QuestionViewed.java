package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionViewed(long questionId, Long memberId) implements DomainEvent {
}
