package org.muster.qa;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A question or answer as the review queue shows it, with its question's title and tags. */
@NamedInterface("unchecked")
public record ModeratedPost(long id, String kind, long questionId, long spaceId, Long authorId, String questionTitle,
                            String body, List<String> tags, String held, boolean deleted, boolean questionClosed,
                            boolean questionLocked, Instant createdAt) {

    public boolean isQuestion() {
        return "question".equals(kind);
    }
}
