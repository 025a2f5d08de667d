package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A slot's draw placed one entrant: booked, or waitlisted in the draw's order. One per entrant, before the SlotDrawn. */
@EventName("EntrantPlaced")
public record EntrantPlaced(long signupId, long slotId, long missionId, long memberId, String status) implements DomainEvent {
}
