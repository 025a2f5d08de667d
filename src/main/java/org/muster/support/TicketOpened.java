package org.muster.support;

import org.muster.platform.DomainEvent;

/** A question went to official support; cause: member, staff, rule or unanswered. */
public record TicketOpened(long ticketId, long questionId, String cause) implements DomainEvent {
}
