package org.muster.insights;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin set the weights of the deflection estimate (percent each). */
@EventName("DeflectionWeightsChanged")
public record DeflectionWeightsChanged(int selfService, int community, long changedBy) implements DomainEvent {
}
