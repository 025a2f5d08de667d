package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A canonical question's solution with its note, as its reviewers see it: the question, what the answer
 * applies to, its review day, who verified it last, and whether it is outdated and by which newer answer.
 */
@NamedInterface("api")
public record CanonicalAnswer(long answerId, long questionId, String questionTitle, List<String> tags,
                              String appliesTo, LocalDate reviewOn, boolean reviewDue, String verifiedBy,
                              Instant verifiedAt, boolean outdated, Instant outdatedAt, Long newerAnswerId,
                              Long newerQuestionId) {
}
