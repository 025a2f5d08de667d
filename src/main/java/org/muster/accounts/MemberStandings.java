package org.muster.accounts;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trust levels and sanctions, set without an actor: the caller has checked who may. A named interface
 * ({@code accounts :: standing}) only moderation and the demo loader list.
 */
@Service
@NamedInterface("standing")
public class MemberStandings {

    private final MemberRepository members;
    private final SignOutEverywhere signOuts;

    MemberStandings(MemberRepository members, SignOutEverywhere signOuts) {
        this.members = members;
        this.signOuts = signOuts;
    }

    /** Sets a trust level; the caller (moderation) has checked who may. */
    @Transactional
    public void setTrust(long memberId, int level, boolean locked) {
        members.updateTrust(memberId, level, locked);
    }

    /**
     * Records when a silence or suspension ends (null: none); the caller has checked who may. A
     * suspension also ends the member's sessions and tokens, so that whoever held them (perhaps
     * someone who took over the account) is not back in when it ends.
     */
    @Transactional
    public void setSanctions(long memberId, java.time.Instant silencedUntil, java.time.Instant suspendedUntil) {
        members.updateSanctions(memberId, silencedUntil, suspendedUntil);
        if (suspendedUntil != null && suspendedUntil.isAfter(java.time.Instant.now())) signOuts.signOut(memberId);
    }
}
