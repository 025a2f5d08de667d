package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff approved a nomination: the member is a champion until endsAt, for the tags. */
@EventName("ChampionTermGranted")
public record ChampionTermGranted(long termId, long memberId, long grantedBy, java.time.Instant endsAt, java.util.List<String> tags) implements DomainEvent {
}
