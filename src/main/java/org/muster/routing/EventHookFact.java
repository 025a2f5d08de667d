package org.muster.routing;

import java.time.Instant;
import java.util.Map;

/**
 * One event as the hooks tell it, before it is written for each endpoint.
 *
 * @param eventId  the same for every endpoint and every retry, so a receiver can drop repeats
 * @param details  ids and codes of what else it is about (a ticket, a mission, a badge), never personal data
 */
record EventHookFact(EventHookType type, String eventId, Instant occurredAt, Long questionId, Long answerId,
                     Long memberId, Map<String, Object> details) {
}
