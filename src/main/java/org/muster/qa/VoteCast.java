package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("VoteCast")
public record VoteCast(long postId, long questionId, long voterId, Long postAuthorId, int value, int previousValue) implements QuestionEvent {
}
