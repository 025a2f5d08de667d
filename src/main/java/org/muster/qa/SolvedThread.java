package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/**
 * A solved question as a reader may see it, with its solution: the accepted answer, else the newest
 * staff-validated one; {@code answerHtml} is sanitized as the question page shows it.
 */
@NamedInterface("api")
public record SolvedThread(long questionId, long spaceId, String title, long answerId, String answerHtml,
                           boolean validated) {

    public String slug() {
        return Question.slugOf(title);
    }
}
