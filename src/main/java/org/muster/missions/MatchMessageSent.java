package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A message between the sides of a match was written. Never carries its text. */
@EventName("MatchMessageSent")
public record MatchMessageSent(long requestId, long missionId, boolean fromRequester) implements DomainEvent {
}
