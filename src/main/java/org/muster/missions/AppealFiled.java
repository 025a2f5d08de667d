package org.muster.missions;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member appealed a no-show. Written until appeals became disputes (DisputeOpened); kept so the feed's old rows still read. */
@EventName("AppealFiled")
public record AppealFiled(long appealId, long signupId, long memberId) implements DomainEvent {
}
