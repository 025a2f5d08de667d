package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** A champion (or staff) verified a canonical answer again; {@code reviewOn} is its next review day (ISO). */
@EventName("CanonicalAnswerVerified")
public record CanonicalAnswerVerified(long questionId, long answerId, long verifiedBy, String reviewOn) implements QuestionEvent {
}
