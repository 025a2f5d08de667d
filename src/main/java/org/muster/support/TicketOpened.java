package org.muster.support;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** A question went to official support; cause: member, staff, rule or unanswered. */
@EventName("TicketOpened")
public record TicketOpened(long ticketId, long questionId, String cause) implements QuestionEvent {
}
