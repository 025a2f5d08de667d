package org.muster.accounts;

import java.time.Instant;

/** A member in staff's member list: the member, the trust level moderation gave them, when last seen, sanctions running. */
public record ListedMember(Member member, int trustLevel, Instant lastSeenAt, Instant silencedUntil, Instant suspendedUntil) {

    public boolean silenced() {
        return silencedUntil != null && silencedUntil.isAfter(Instant.now());
    }

    public boolean suspended() {
        return suspendedUntil != null && suspendedUntil.isAfter(Instant.now());
    }
}
