package org.muster.qa;

import org.muster.platform.EventName;

/** Staff made this question the canonical one of its cluster; the former canonical question is now its duplicate. */
@EventName("CanonicalQuestionChosen")
public record CanonicalQuestionChosen(long questionId, long formerCanonicalId, long chosenBy) implements QuestionEvent {
}
