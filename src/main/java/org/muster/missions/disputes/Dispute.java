package org.muster.missions.disputes;

import java.time.Instant;

/**
 * A member's disagreement with an item of theirs, decided by staff with a reason. kind: task-review
 * (itemId a submission), hours or no-show (a sign-up), reward (a redemption). status: open, accepted
 * or rejected; an accepted one may carry the correcting ledger entry's points and key.
 */
public record Dispute(long id, String kind, long itemId, long memberId, String memberName, String subject, String reason,
                      String status, String resolution, Long resolvedBy, String resolverName, Instant resolvedAt,
                      Long correctionPoints, String correctionKey, Instant createdAt) {

    public boolean open() {
        return status.equals("open");
    }

    /** Names come from accounts, asked once for a page's disputes. */
    Dispute named(String member, String resolver) {
        return new Dispute(id, kind, itemId, memberId, member, subject, reason, status, resolution, resolvedBy, resolver,
                resolvedAt, correctionPoints, correctionKey, createdAt);
    }
}
