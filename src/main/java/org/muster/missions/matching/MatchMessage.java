package org.muster.missions.matching;

import java.time.Instant;

/** A message between requester and peer: contact stays on the platform, so neither learns the other's address. */
public record MatchMessage(long id, long requestId, boolean fromRequester, String body, Instant createdAt) {
}
