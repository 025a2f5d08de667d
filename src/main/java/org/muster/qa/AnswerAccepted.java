package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("AnswerAccepted")
public record AnswerAccepted(long questionId, long answerId, Long answerAuthorId, Long previousAnswerId, long acceptedBy) implements QuestionEvent {
}
