package org.muster.missions.matching;

import java.time.Instant;
import java.util.List;

/**
 * A customer's request on a match mission: when, where, in which language, about what. Its status runs
 * open → proposed (a peer is asked) → accepted (the peer said yes) → confirmed (both sides) → completed,
 * or cancelled, or unmatched when nobody suitable is left. The requester's e-mail is never shown.
 */
public record MatchRequest(long id, long missionId, Long requesterId, String requesterName, Instant windowStart,
                           Instant windowEnd, String place, Double latitude, Double longitude, String language,
                           List<String> interests, String note, String status, Long peerId, Instant requesterConfirmedAt,
                           Instant peerConfirmedAt, Instant completedAt, Instant createdAt) {
}
