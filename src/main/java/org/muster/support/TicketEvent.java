package org.muster.support;

import java.time.Instant;

/** One line of a ticket's history: created, status, priority, assignee, reply, note. */
record TicketEvent(long id, long ticketId, String type, Long actorId, String detail, Instant createdAt) {
}
