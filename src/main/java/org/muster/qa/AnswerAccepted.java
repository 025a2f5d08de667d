package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * The asker or staff accepted an answer; {@code previousAnswerId} is the answer that held the mark
 * before, if any. Entries recorded before {@link AnswerUnaccepted} existed used this event with
 * {@code previousAnswerId == answerId} to mean the mark was taken off; new entries never do.
 */
@EventName("AnswerAccepted")
public record AnswerAccepted(long questionId, long answerId, Long answerAuthorId, Long previousAnswerId, long acceptedBy) implements QuestionEvent {
}
