package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A match request moved on: proposed, accepted, confirmed, completed, cancelled or unmatched. Never carries contact details. */
@EventName("MatchChanged")
public record MatchChanged(long requestId, long missionId, String status, Long peerId) implements DomainEvent {
}
