package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("PostDeleted")
public record PostDeleted(long postId, long questionId, Long deletedBy, boolean deleted) implements QuestionEvent {
}
