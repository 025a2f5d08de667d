package org.muster.qa;

import org.muster.platform.DomainEvent;

public record QuestionWatched(long questionId, long memberId, boolean watching) implements DomainEvent {
}
