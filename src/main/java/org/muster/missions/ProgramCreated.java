package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff created a program (its budgets are funded in the rewards ledger). */
@EventName("ProgramCreated")
public record ProgramCreated(long programId, String slug, long createdBy) implements DomainEvent {
}
