package org.muster.moderation;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A moderator warned, silenced or suspended a member (endsAt empty for a warning). */
@EventName("SanctionImposed")
public record SanctionImposed(long sanctionId, long memberId, String kind, java.time.Instant endsAt, long imposedBy) implements DomainEvent {
}
