package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionWatched")
public record QuestionWatched(long questionId, long memberId, boolean watching) implements QuestionEvent {
}
