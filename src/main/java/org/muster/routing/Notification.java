package org.muster.routing;

import java.time.Instant;
import java.util.List;

/** One stored notification: a {@link Notice} as it was told, and whether it was read. */
record Notification(long id, long memberId, NotificationKind kind, Long questionId, Long postId, Long commentId,
                    Long subjectId, Long actorId, String messageKey, List<?> args, String path,
                    Instant createdAt, Instant readAt) {
}
