package org.muster.recognition;

import java.time.Instant;

/** A badge given to a member; a revoked award keeps its dates and reason. */
public record BadgeAward(long id, long badgeId, String slug, String name, String description, String level,
                         long memberId, String reason, Long awardedBy, Instant awardedAt, Long evidencePost,
                         Instant revokedAt, Long revokedBy, String revokeReason, String salt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
