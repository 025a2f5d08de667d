package org.muster.moderation;

import java.time.Instant;
import java.util.List;

/** One item of the review queue: a post (or a comment on it) that flags or the spam check sent here. */
record Review(long id, long postId, Long commentId, long spaceId, Long authorId, String cause, double spamScore,
                     List<String> signals, List<String> tags, Instant createdAt, Instant resolvedAt, Long resolvedBy,
                     String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
