package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff declined a nomination. */
@EventName("ChampionNominationDeclined")
public record ChampionNominationDeclined(long termId, long memberId, long declinedBy) implements DomainEvent {
}
