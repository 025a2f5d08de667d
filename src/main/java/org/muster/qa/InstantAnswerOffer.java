package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/**
 * An instant answer offered on the ask form: the offer's id (for the member's choice), the solved
 * question and its solution's sanitized HTML, as the question page renders it.
 */
@NamedInterface("ports")
public record InstantAnswerOffer(long id, long questionId, String title, String slug, String solutionHtml,
                                 boolean validated) {
}
