package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("QuestionViewed")
public record QuestionViewed(long questionId, Long memberId) implements QuestionEvent {
}
