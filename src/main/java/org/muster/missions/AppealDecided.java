package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * Staff decided a no-show appeal: upheld (the no-show is cleared) or denied. Written until appeals
 * became disputes (DisputeResolved); kept so the feed's old rows still read.
 */
@EventName("AppealDecided")
public record AppealDecided(long appealId, long signupId, long memberId, String status, long decidedBy) implements DomainEvent {
}
