package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member changed their quiet hours, digest hour or weekly digest day. */
@EventName("NotificationMailPreferencesChanged")
public record NotificationMailPreferencesChanged(long memberId) implements DomainEvent {
}
