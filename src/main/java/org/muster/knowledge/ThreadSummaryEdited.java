package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;
import org.springframework.modulith.NamedInterface;

/** Staff or a champion of the question's tags rewrote its thread's summary. */
@EventName("ThreadSummaryEdited")
@NamedInterface("events")
public record ThreadSummaryEdited(long questionId, long editedBy) implements QuestionEvent {
}
