package org.muster.recognition;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A badge given to a member; a revoked award keeps its dates and reason. Open Badges addresses use
 * the random {@code publicId}; {@code numberedLink} marks awards older than that, whose numbered
 * address still answers. Neither is in the JSON of profiles and award lists, which anyone may read:
 * the member finds the addresses in their own export. Nor are the evidence post, which may be in a
 * space the reader cannot see, and the salt, which would let anyone test guessed addresses against
 * every award at once.
 */
@NamedInterface("api")
public record BadgeAward(long id, long badgeId, String slug, String name, String description, String level,
                         long memberId, String reason, Long awardedBy, Instant awardedAt, @JsonIgnore Long evidencePost,
                         Instant revokedAt, Long revokedBy, String revokeReason, @JsonIgnore String salt,
                         @JsonIgnore UUID publicId, @JsonIgnore boolean numberedLink) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
