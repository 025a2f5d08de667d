package org.muster.missions.shifts;

import org.muster.accounts.Members;

import java.util.List;

/** A sign-up on a slot's roster, as staff see it at the place. */
public record RosterEntry(Signup signup, String displayName) {

    /** Names from accounts, asked once for the whole roster. */
    static List<RosterEntry> of(List<Signup> signups, Members members) {
        var names = members.summaries(signups.stream().map(Signup::memberId).distinct().toList());
        return signups.stream().map(s -> new RosterEntry(s, names.containsKey(s.memberId()) ? names.get(s.memberId()).displayName() : null))
                .toList();
    }
}
