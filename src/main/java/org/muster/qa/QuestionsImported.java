package org.muster.qa;

import org.muster.platform.DomainEvent;

/** Many questions arrived at once (an import); consumers re-read the space rather than single events. */
public record QuestionsImported(long spaceId, String source, long questions, long answers) implements DomainEvent {
}
