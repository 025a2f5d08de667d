package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff added a milestone to a program's plan. */
@EventName("MilestoneAdded")
public record MilestoneAdded(long milestoneId, long programId) implements DomainEvent {
}
