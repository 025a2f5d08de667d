package org.muster.routing;

import org.muster.qa.QuestionFollowers;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The one place a notification is stored: it applies the member's setting for its kind and decides
 * what mail it owes. Called by routing's feed subscribers inside their batch's transaction.
 */
@Service
class Notifications {

    private final NotificationRepository notifications;
    private final WhatTheyMaySee maySee;
    private final LiveSignals live;
    private final QuestionFollowers questions;

    Notifications(NotificationRepository notifications, WhatTheyMaySee maySee, LiveSignals live,
                  QuestionFollowers questions) {
        this.notifications = notifications;
        this.maySee = maySee;
        this.live = live;
        this.questions = questions;
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
        notifications.insert(withTitleReadWhenShown(notice), inAppOnly ? "none" : setting.mailOwed());
        live.notificationStored(notice.memberId());
    }

    /** The question's title among the arguments is stored as a reference to it: see {@link NotificationLines#QUESTION_TITLE}. */
    private Notice withTitleReadWhenShown(Notice notice) {
        if (notice.questionId() == null) return notice;
        var title = questions.titles(List.of(notice.questionId())).get(notice.questionId());
        if (title == null || !notice.args().contains(title)) return notice;
        var args = notice.args().stream().map(arg -> title.equals(arg) ? NotificationLines.QUESTION_TITLE : arg).toList();
        return new Notice(notice.memberId(), notice.kind(), notice.questionId(), notice.postId(), notice.commentId(),
                notice.subjectId(), notice.actorId(), notice.messageKey(), args, notice.path());
    }
}
