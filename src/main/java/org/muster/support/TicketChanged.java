package org.muster.support;

import org.muster.platform.DomainEvent;

/** A ticket's status, priority or assignee changed, or the help desk replied. */
public record TicketChanged(long ticketId, long questionId, String status, String change) implements DomainEvent {
}
