package org.muster.routing;

import java.time.Instant;

/**
 * One event on its way to one endpoint: pending, sent, dead after the last retry, or withheld because
 * what it is about was no longer public when it was due to go to a public endpoint.
 */
record EventHookDelivery(long id, long hookId, String eventType, String eventId, Long questionId, Long postId,
                         String payload, String status, int attempts, Instant nextAttemptAt, Integer lastStatus,
                         String lastError, Instant createdAt, Instant sentAt) {
}
