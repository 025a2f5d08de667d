package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A champion was told that the term ends soon. */
@EventName("ChampionTermReminded")
public record ChampionTermReminded(long termId, long memberId, java.time.Instant endsAt) implements DomainEvent {
}
