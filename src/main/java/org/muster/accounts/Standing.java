package org.muster.accounts;

import org.muster.platform.Role;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/** How far a member is trusted and whether a sanction is running: what posting rules look at. */
@NamedInterface("api")
public record Standing(long memberId, String displayName, Role role, int trustLevel, boolean trustLocked,
                       Instant silencedUntil, Instant suspendedUntil, Instant createdAt) {

    /** Moderators and staff are trusted by their role; champions at least as a regular. */
    public int effectiveTrust() {
        if (role.atLeast(Role.MODERATOR)) return 4;
        if (role.atLeast(Role.CHAMPION)) return Math.max(3, trustLevel);
        return trustLevel;
    }

    public boolean silencedAt(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }
}
