package org.muster.qa;

import org.muster.platform.DomainEvent;

public record AnswerValidated(long answerId, long questionId, Long answerAuthorId, long validatedBy, boolean validated) implements DomainEvent {
}
