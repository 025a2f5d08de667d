package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Matching asked a peer to take a request (the request's status is then proposed). Never carries contact details. */
@EventName("MatchProposed")
public record MatchProposed(long requestId, long missionId, long peerId) implements DomainEvent {
}
