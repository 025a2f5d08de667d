package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A peer asked or matched is off a request: declined, expired (no answer in time), withdrawn (could no longer make it) or passed (the requester asked for another). */
@EventName("MatchProposalEnded")
public record MatchProposalEnded(long requestId, long missionId, long peerId, String outcome) implements DomainEvent {
}
