package org.muster.routing;

/** How a member wants one kind of notification: every setting but OFF keeps it in the in-app list. */
enum NotificationSetting {
    IN_APP, EMAIL, DAILY, WEEKLY, OFF
}
