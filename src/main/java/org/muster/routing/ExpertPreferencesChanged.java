package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member set how often they may be asked for help: a weekly maximum (null: none), or paused. */
@EventName("ExpertPreferencesChanged")
public record ExpertPreferencesChanged(long memberId, Integer weeklyMaximum, boolean paused) implements DomainEvent {
}
