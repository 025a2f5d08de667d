package org.muster.missions.shifts;

/** A sign-up on a slot's roster, as staff see it at the place. */
public record RosterEntry(Signup signup, String displayName) {
}
