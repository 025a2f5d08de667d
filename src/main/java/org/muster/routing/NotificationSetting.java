package org.muster.routing;

/** How a member wants one kind of notification: every setting but OFF keeps it in the in-app list. */
enum NotificationSetting {
    IN_APP, EMAIL, DAILY, WEEKLY, OFF;

    /** What mail a notification stored under this setting owes (the {@code notifications.mail} column). */
    String mailOwed() {
        return switch (this) {
            case EMAIL -> "now";
            case DAILY -> "daily";
            case WEEKLY -> "weekly";
            case IN_APP, OFF -> "none";
        };
    }
}
