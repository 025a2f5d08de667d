package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff opened a program's landing page to visitors (published) or closed it again. */
@EventName("ProgramPublished")
public record ProgramPublished(long programId, boolean published, long by) implements DomainEvent {
}
