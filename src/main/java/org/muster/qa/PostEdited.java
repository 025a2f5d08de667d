package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("PostEdited")
public record PostEdited(long postId, long questionId, long editorId, int revision) implements QuestionEvent {
}
