package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionAsked")
public record QuestionAsked(long questionId, long spaceId, long authorId) implements QuestionEvent {
}
