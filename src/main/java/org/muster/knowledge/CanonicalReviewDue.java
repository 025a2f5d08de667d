package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

import java.util.List;

/**
 * A canonical answer's review day came: the champions of its question's tags (who were champions then) are
 * asked to verify it again or mark it outdated. Published once per review day.
 */
@EventName("CanonicalReviewDue")
public record CanonicalReviewDue(long questionId, long answerId, String reviewOn, List<Long> championIds) implements QuestionEvent {

    public CanonicalReviewDue {
        championIds = championIds == null ? List.of() : List.copyOf(championIds);
    }
}
