package org.muster.qa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A question as search sees it: its words as plain text, with those of its answers, and the signals
 * ranking uses. A deleted question comes back with {@code deleted} set, so that an index drops it.
 */
@NamedInterface("api")
public record QuestionDocument(long id, long spaceId, Long authorId, String authorName, String title, String text,
                               Map<String, String> fields, List<String> tags, String solutionText,
                               String answersText, int score, int answerCount, boolean solved, boolean validated,
                               boolean closed, Instant createdAt, boolean deleted) {
}
