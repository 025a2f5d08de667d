package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("HelpedMarked")
public record HelpedMarked(long postId, long questionId, long memberId, Long postAuthorId) implements QuestionEvent {
}
