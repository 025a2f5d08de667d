package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionPinned")
public record QuestionPinned(long questionId, long pinnedBy, boolean pinned) implements QuestionEvent {
}
