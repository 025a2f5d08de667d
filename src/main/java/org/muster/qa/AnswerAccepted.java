package org.muster.qa;

import org.muster.platform.DomainEvent;

public record AnswerAccepted(long questionId, long answerId, Long answerAuthorId, Long previousAnswerId, long acceptedBy) implements DomainEvent {
}
