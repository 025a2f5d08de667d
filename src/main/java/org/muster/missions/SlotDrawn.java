package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A slot's lottery was drawn with the seed shown on its lottery page; entrants are now booked or waitlisted in the draw's order. */
@EventName("SlotDrawn")
public record SlotDrawn(long slotId, long missionId, long seed) implements DomainEvent {
}
