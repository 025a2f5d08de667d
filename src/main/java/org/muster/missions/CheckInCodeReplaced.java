package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff replaced a slot's check-in code. Never carries the code. */
@EventName("CheckInCodeReplaced")
public record CheckInCodeReplaced(long slotId, long missionId) implements DomainEvent {
}
