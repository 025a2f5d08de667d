package org.muster.qa;

import java.time.Instant;
import java.util.List;

/** A question as lists show it. */
record QuestionSummary(long id, long spaceId, String title, List<String> tags, int score, int answerCount,
                              int viewCount, boolean solved, boolean closed, boolean pinned, Long authorId,
                              String authorName, Instant createdAt, Instant lastActivityAt) {

    public String slug() {
        return Question.slugOf(title);
    }
}
