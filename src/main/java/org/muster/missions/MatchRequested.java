package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Someone asked for a peer on a match mission; requesterId is null for a visitor. Never carries contact details. */
@EventName("MatchRequested")
public record MatchRequested(long requestId, long missionId, Long requesterId) implements DomainEvent {
}
