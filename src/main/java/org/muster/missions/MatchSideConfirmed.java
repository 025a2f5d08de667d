package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** One side (requester or peer) confirmed an accepted match; when both have, the match is confirmed (MatchChanged). */
@EventName("MatchSideConfirmed")
public record MatchSideConfirmed(long requestId, long missionId, String side) implements DomainEvent {
}
