package org.muster.missions.shifts;

import java.time.Instant;

/**
 * A member's place on a slot: entered (in the lottery), booked, waitlisted (in order) or withdrawn
 * (late ones are counted); then attendance, and the hours staff approved or declined.
 */
public record Signup(long id, long slotId, long memberId, int partySize, String status, boolean late, Instant createdAt,
                     Instant withdrawnAt, Double lotteryWeight, Integer lotteryRank, Instant checkedInAt,
                     Instant checkedOutAt, boolean autoCheckedOut, boolean noShow, String hoursStatus, Integer minutes,
                     String hoursNote) {
}
