package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin set the hours of a space's response-time ladder; a null step is left out, all null: no ladder. */
@EventName("LadderSet")
public record LadderSet(long spaceId, Integer morePeersHours, Integer championsHours, Integer staffQueueHours,
                        Integer escalationHours, long setBy) implements DomainEvent {
}
