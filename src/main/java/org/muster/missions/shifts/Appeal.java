package org.muster.missions.shifts;

import java.time.Instant;

/** A member's appeal against a no-show, decided by a person: upheld clears the no-show. */
public record Appeal(long id, long signupId, long memberId, String displayName, Instant startsAt, String place,
                     String reason, String status, String note, Instant createdAt) {
}
