package org.muster.qa;

/** A question suggested as similar to another or to one being typed, with what helps choose it. */
public record SimilarQuestion(long id, String title, String slug, boolean solved, int answerCount, int score,
                              String spaceName) {
}
