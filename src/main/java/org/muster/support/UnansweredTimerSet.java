package org.muster.support;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin set after how many hours an unanswered question in a space goes to support (empty: never). */
@EventName("UnansweredTimerSet")
public record UnansweredTimerSet(long spaceId, Integer hours, long setBy) implements DomainEvent {
}
