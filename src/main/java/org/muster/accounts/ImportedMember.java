package org.muster.accounts;

import java.time.Instant;

/** A person from another community (e.g. a Stack Exchange user), kept for attribution. */
public record ImportedMember(long sourceId, String displayName, String city, String bio, Instant createdAt) {
}
