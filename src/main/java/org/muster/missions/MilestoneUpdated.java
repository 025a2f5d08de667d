package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A milestone was updated by its owner partner's person or staff: done or not, and a note on its progress. */
@EventName("MilestoneUpdated")
public record MilestoneUpdated(long milestoneId, long programId, long updatedBy, boolean done) implements DomainEvent {
}
