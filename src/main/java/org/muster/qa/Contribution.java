package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * A live question, answer or comment as community figures count it: its kind ("question", "answer",
 * "comment"), who posted it, when, in which space under which of its question's tags, whether it is
 * its question's accepted answer, and its words (a question's title and body).
 */
@NamedInterface("facts")
public record Contribution(String kind, long id, long questionId, long spaceId, List<String> tags, Long authorId,
                           Instant postedAt, boolean accepted, String text) {
}
