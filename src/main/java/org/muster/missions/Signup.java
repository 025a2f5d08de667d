package org.muster.missions;

import java.time.Instant;

/** A member's place on a slot: booked, waitlisted (in order) or withdrawn (late ones are counted). */
public record Signup(long id, long slotId, long memberId, int partySize, String status, boolean late, Instant createdAt,
                     Instant withdrawnAt) {
}
