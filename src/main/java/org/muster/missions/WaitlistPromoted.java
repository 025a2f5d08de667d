package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A place came free on a slot and a waitlisted sign-up was booked into it, in waitlist order. */
@EventName("WaitlistPromoted")
public record WaitlistPromoted(long signupId, long slotId, long missionId, long memberId) implements DomainEvent {
}
