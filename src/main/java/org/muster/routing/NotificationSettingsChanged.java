package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member chose how they are told about some kinds of notifications. */
@EventName("NotificationSettingsChanged")
public record NotificationSettingsChanged(long memberId) implements DomainEvent {
}
