package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff added a slot to a shift mission. */
@EventName("SlotAdded")
public record SlotAdded(long slotId, long missionId) implements DomainEvent {
}
