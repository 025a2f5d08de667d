package org.muster.routing;

import org.springframework.stereotype.Service;

/**
 * The one place a notification is stored: it applies the member's setting for its kind and decides
 * what mail it owes. Called by routing's feed subscribers inside their batch's transaction.
 */
@Service
class Notifications {

    private final NotificationRepository notifications;
    private final LiveSignals live;

    Notifications(NotificationRepository notifications, LiveSignals live) {
        this.notifications = notifications;
        this.live = live;
    }

    /** Stores the notice unless the member turned its kind off or caused it themselves. */
    void notify(Notice notice) {
        if (notice.actorId() != null && notice.actorId() == notice.memberId()) return;
        var setting = setting(notice.memberId(), notice.kind());
        if (setting == NotificationSetting.OFF) return;
        notifications.insert(notice, mailOwed(setting));
        live.notificationStored(notice.memberId());
    }

    NotificationSetting setting(long memberId, NotificationKind kind) {
        return notifications.findSetting(memberId, kind).orElse(kind.byDefault());
    }

    private static String mailOwed(NotificationSetting setting) {
        return switch (setting) {
            case EMAIL -> "now";
            case DAILY -> "daily";
            case WEEKLY -> "weekly";
            case IN_APP, OFF -> "none";
        };
    }
}
