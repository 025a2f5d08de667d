package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff nominated a member for a champion term. */
@EventName("ChampionNominated")
public record ChampionNominated(long termId, long memberId, long nominatedBy) implements DomainEvent {
}
