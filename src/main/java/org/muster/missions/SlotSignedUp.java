package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * A member took a place on a slot (status booked, waitlisted or entered in its draw) or withdrew (withdrawn).
 * Being moved up from the waitlist later is a {@link WaitlistPromoted}; entries recorded before that existed
 * said it with a second booked.
 */
@EventName("SlotSignedUp")
public record SlotSignedUp(long signupId, long slotId, long missionId, long memberId, String status) implements DomainEvent {
}
