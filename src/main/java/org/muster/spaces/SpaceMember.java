package org.muster.spaces;

import java.time.Instant;

/** A member listed on a private space. */
record SpaceMember(long memberId, String displayName, Instant addedAt) {
}
