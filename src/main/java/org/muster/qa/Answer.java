package org.muster.qa;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record Answer(long id, long questionId, Long authorId, String body, String bodyHtml, int score,
                     int helpedCount, int commentCount, Long validatedBy, Instant validatedAt, Long editedBy,
                     Instant editedAt, Instant deletedAt, Instant createdAt, String sourceAuthor,
                     String sourceLicense, String sourceUrl, String hold) {

    public boolean validated() {
        return validatedAt != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean held() {
        return hold != null;
    }
}
