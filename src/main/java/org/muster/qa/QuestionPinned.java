package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionPinned(long questionId, long pinnedBy, boolean pinned) implements DomainEvent {
}
