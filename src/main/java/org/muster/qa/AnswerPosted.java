package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("AnswerPosted")
public record AnswerPosted(long answerId, long questionId, long authorId) implements QuestionEvent {
}
