package org.muster.support;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** Staff added an internal note to a ticket. */
@EventName("TicketNoted")
public record TicketNoted(long ticketId, long questionId, long noteId, long notedBy) implements QuestionEvent {
}
