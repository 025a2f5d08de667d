package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** A champion (or staff) marked a canonical answer outdated, pointing at the newer answer (or none). */
@EventName("CanonicalAnswerOutdated")
public record CanonicalAnswerOutdated(long questionId, long answerId, Long newerAnswerId, long markedBy) implements QuestionEvent {
}
