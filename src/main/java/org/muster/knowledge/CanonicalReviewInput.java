package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

/**
 * A reviewer's verdict on a canonical answer: verified, with its next review day (YYYY-MM-DD); or outdated,
 * with the id of the newer answer that replaces it (optional).
 */
@NamedInterface("api")
public record CanonicalReviewInput(String reviewOn, Long newerAnswerId) {
}
