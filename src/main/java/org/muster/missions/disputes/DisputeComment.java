package org.muster.missions.disputes;

import java.time.Instant;

/** A line of a dispute's history written by its member or by staff. */
public record DisputeComment(long id, long disputeId, long authorId, String authorName, String body, Instant createdAt) {

    DisputeComment named(String name) {
        return new DisputeComment(id, disputeId, authorId, name, body, createdAt);
    }
}
