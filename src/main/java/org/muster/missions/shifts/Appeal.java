package org.muster.missions.shifts;

import java.time.Instant;

/** A member's appeal against a no-show, decided by a person: upheld clears the no-show. */
public record Appeal(long id, long signupId, long memberId, String displayName, Instant startsAt, String place,
                     String reason, String status, String note, Instant createdAt) {

    /** The member's name comes from accounts, asked once for a page's appeals. */
    Appeal named(String name) {
        return new Appeal(id, signupId, memberId, name, startsAt, place, reason, status, note, createdAt);
    }
}
