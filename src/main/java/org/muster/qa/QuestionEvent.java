package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.springframework.modulith.NamedInterface;

/** A change to one question or to something on its page (an answer, a comment, a vote, a ticket). */
@NamedInterface("events")
public interface QuestionEvent extends DomainEvent {

    long questionId();
}
