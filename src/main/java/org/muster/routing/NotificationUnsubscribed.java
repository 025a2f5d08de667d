package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** A member turned one kind of notification off from the unsubscribe link of a mail. */
@EventName("NotificationUnsubscribed")
public record NotificationUnsubscribed(long memberId, String kind) implements DomainEvent {
}
