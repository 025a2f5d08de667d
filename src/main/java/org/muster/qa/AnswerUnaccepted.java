package org.muster.qa;

import org.muster.platform.EventName;

/** The asker or staff took the accepted mark off an answer; the question has none now. */
@EventName("AnswerUnaccepted")
public record AnswerUnaccepted(long questionId, long answerId, Long answerAuthorId, long unacceptedBy) implements QuestionEvent {
}
