package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff marked a milestone of a program's plan done. */
@EventName("MilestoneCompleted")
public record MilestoneCompleted(long milestoneId, long programId) implements DomainEvent {
}
