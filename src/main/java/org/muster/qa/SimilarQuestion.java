package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/**
 * A question suggested as similar to another or to one being typed, with what helps choose it; or, where
 * {@code article} says so, a knowledge article (the id is then the article's, at /articles/{id}/{slug}).
 */
@NamedInterface("ports")
public record SimilarQuestion(long id, String title, String slug, boolean solved, int answerCount, int score,
                              String spaceName, boolean article) {
}
