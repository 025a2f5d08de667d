package org.muster.qa;

import org.muster.platform.DomainEvent;

public record AnswerPosted(long answerId, long questionId, long authorId) implements DomainEvent {
}
