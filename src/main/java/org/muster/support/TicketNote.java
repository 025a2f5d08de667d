package org.muster.support;

import java.time.Instant;

/** A private note on a ticket: staff only, never on the public thread. */
record TicketNote(long id, long ticketId, Long authorId, String author, String body, Instant createdAt) {
}
