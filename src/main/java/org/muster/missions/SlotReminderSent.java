package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A booked member was mailed the reminder of their slot. */
@EventName("SlotReminderSent")
public record SlotReminderSent(long signupId, long slotId, long memberId) implements DomainEvent {
}
