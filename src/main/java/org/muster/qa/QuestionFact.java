package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * What a live question's support figures are made of. A response is an answer or comment not deleted,
 * by someone other than the asker; {@code acceptedAt} and {@code validatedAt} count only such answers
 * ({@code acceptedAt} falls back to the answer's date where acceptance has no time of its own: imports,
 * older data). {@code askerReturnedAt} is the asker's first post or comment outside this thread after
 * asking, deleted or not. {@code people} are everyone but the asker who answered, commented, validated
 * an answer, edited, closed or locked the question, or deleted someone else's post or comment in it.
 */
@NamedInterface("facts")
public record QuestionFact(long id, long spaceId, Long askerId, List<String> tags, Instant askedAt,
                           Instant firstResponseAt, Long firstResponderId, Instant acceptedAt, Instant validatedAt,
                           Instant escalatedAt, Instant askerReturnedAt, List<Long> people) {

    public QuestionFact {
        tags = List.copyOf(tags);
        people = List.copyOf(people);
    }
}
