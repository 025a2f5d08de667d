package org.muster.missions;

import org.muster.platform.DomainEvent;

/** A member took a place on a slot (status booked, waitlisted or entered in its draw) or withdrew (withdrawn). */
public record SlotSignedUp(long signupId, long slotId, long missionId, long memberId, String status) implements DomainEvent {
}
