package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * An admin set after how many hours an unanswered question in a space goes to support (empty: never).
 * No longer written: the response-time ladder's ESCALATION step replaced the timer. Kept so the
 * change feed's stored entries still read.
 */
@EventName("UnansweredTimerSet")
public record UnansweredTimerSet(long spaceId, Integer hours, long setBy) implements DomainEvent {
}
