package org.muster.recognition;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** Staff extended an active champion term to endsAt. */
@EventName("ChampionTermRenewed")
public record ChampionTermRenewed(long termId, long memberId, long renewedBy, java.time.Instant endsAt) implements DomainEvent {
}
