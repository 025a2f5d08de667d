package org.muster.insights;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin set the age in months from which an accepted solution counts as old. */
@EventName("FreshnessMonthsSet")
public record FreshnessMonthsSet(long months, long setBy) implements DomainEvent {
}
