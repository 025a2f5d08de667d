package org.muster.qa;

import org.muster.platform.DomainEvent;

/** Official support took the question; the thread says so. */
public record QuestionEscalated(long questionId) implements DomainEvent {
}
