package org.muster.support;

import java.time.Instant;

/** A question escalated to official support. Visible to staff and to the asker only. */
record Ticket(long id, long questionId, long spaceId, Long askerId, String subject, String status,
                     String priority, Long assigneeId, String cause, Long escalatedBy, String externalRef,
                     Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant solvedAt) {
}
