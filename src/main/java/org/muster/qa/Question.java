package org.muster.qa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** One question with its tags. Imported questions carry their original author and licence. */
@NamedInterface("api")
public record Question(long id, long spaceId, Long authorId, String title, String body, String bodyHtml,
                       Map<String, String> fields, List<String> tags, int score, int answerCount,
                       int commentCount, int viewCount, int helpedCount, Long acceptedAnswerId, boolean solved,
                       String status, String closeReason, Long duplicateOf, Long closedBy, Instant closedAt,
                       Instant lockedAt, Instant pinnedAt, Long editedBy, Instant editedAt, Instant deletedAt,
                       Instant createdAt, Instant lastActivityAt, String sourceAuthor, String sourceLicense,
                       String sourceUrl, String hold, Instant escalatedAt) {

    public boolean closed() {
        return "closed".equals(status);
    }

    public boolean locked() {
        return lockedAt != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** Held for review or hidden by flags: out of public view, still shown to its author. */
    public boolean held() {
        return hold != null;
    }

    /** A readable slug for the question's address, e.g. /questions/12/router-drops-wifi. */
    public String slug() {
        return slugOf(title);
    }

    public static String slugOf(String title) {
        return org.muster.platform.Slugs.of(title);
    }
}
