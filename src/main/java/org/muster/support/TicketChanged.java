package org.muster.support;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** A ticket's status, priority or assignee changed, or the help desk replied. */
@EventName("TicketChanged")
public record TicketChanged(long ticketId, long questionId, String status, String change) implements QuestionEvent {
}
