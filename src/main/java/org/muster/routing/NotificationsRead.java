package org.muster.routing;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/**
 * A member marked notifications read: one line of the inbox (with every unread notification of its
 * question), or all of them when {@code notificationId} is null.
 */
@EventName("NotificationsRead")
public record NotificationsRead(long memberId, Long notificationId) implements DomainEvent {
}
