package org.muster.qa;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Many questions arrived at once (an import); consumers re-read the space rather than single events. */
@EventName("QuestionsImported")
public record QuestionsImported(long spaceId, String source, long questions, long answers) implements DomainEvent {
}
