package org.muster.routing;

import org.springframework.stereotype.Service;

/**
 * The one place a notification is stored: it applies the member's setting for its kind and decides
 * what mail it owes. Called by routing's feed subscribers inside their batch's transaction.
 */
@Service
class Notifications {

    private final NotificationRepository notifications;
    private final WhatTheyMaySee maySee;
    private final LiveSignals live;

    Notifications(NotificationRepository notifications, WhatTheyMaySee maySee, LiveSignals live) {
        this.notifications = notifications;
        this.maySee = maySee;
        this.live = live;
    }

    /**
     * Stores the notice unless the member turned its kind off, caused it themselves or may not see
     * what it is about (asked again whenever it is delivered).
     */
    void notify(Notice notice) {
        store(notice, false);
    }

    /**
     * As {@link #notify}, but never mailed, whatever the member's setting: for facts the owning module
     * already mails the member about itself (with its own links and reasons), so one fact is one mail.
     */
    void notifyInApp(Notice notice) {
        store(notice, true);
    }

    NotificationSetting setting(long memberId, NotificationKind kind) {
        return notifications.findSetting(memberId, kind).orElse(kind.byDefault());
    }

    private void store(Notice notice, boolean inAppOnly) {
        if (notice.actorId() != null && notice.actorId() == notice.memberId()) return;
        var setting = setting(notice.memberId(), notice.kind());
        if (setting == NotificationSetting.OFF || !maySee.mayBeTold(notice)) return;
        notifications.insert(notice, inAppOnly ? "none" : mailOwed(setting));
        live.notificationStored(notice.memberId());
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
