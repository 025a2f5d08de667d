package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Official support took the question; the thread says so. */
@EventName("QuestionEscalated")
public record QuestionEscalated(long questionId) implements QuestionEvent {
}
