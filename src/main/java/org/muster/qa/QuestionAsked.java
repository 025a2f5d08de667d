package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionAsked(long questionId, long spaceId, long authorId) implements DomainEvent {
}
