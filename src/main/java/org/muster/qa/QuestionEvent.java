package org.muster.qa;

import org.muster.platform.DomainEvent;

/** A change to one question or to something on its page (an answer, a comment, a vote, a ticket). */
public interface QuestionEvent extends DomainEvent {

    long questionId();
}
