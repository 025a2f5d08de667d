package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("AnswerValidated")
public record AnswerValidated(long answerId, long questionId, Long answerAuthorId, long validatedBy, boolean validated) implements QuestionEvent {
}
