package org.muster.accounts;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A person from another community (e.g. a Stack Exchange user), kept for attribution. */
@NamedInterface("api")
public record ImportedMember(long sourceId, String displayName, String city, String bio, Instant createdAt) {
}
