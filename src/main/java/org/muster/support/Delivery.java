package org.muster.support;

import java.time.Instant;

/** One ticket event on its way to one endpoint: pending, sent, or dead after the last retry. */
record Delivery(long id, long endpointId, long ticketId, String event, String payload, String status,
                       int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                       Instant sentAt) {
}
