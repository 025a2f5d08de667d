package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.NotFound;
import org.muster.platform.UnreadNotifications;
import org.muster.qa.QuestionFollowers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * A member's in-app notifications: newest first, every unread notification about one question folded
 * into one line, each shown only while the member may still see what it is about.
 */
@Service
class Inbox implements UnreadNotifications {

    static final int PAGE_SIZE = 30;
    private static final int MAX_ROUNDS = 10;
    /** The unread notifications about questions folded into lines; a member this far behind sees the newest. */
    private static final int FOLDED_UNREAD = 1000;
    /** The header counts lines among this many newest unread notifications: one indexed read per page view. */
    private static final int COUNTED_UNREAD = 100;

    /**
     * One line of the inbox. {@code id} is its newest notification's; {@code count} how many it folds;
     * {@code text} is rendered in the reader's language.
     */
    record Line(long id, NotificationKind kind, Long questionId, String text, String path, Instant createdAt,
                boolean read, int count) {
    }

    /** A page of lines and where the next one starts (an encoded cursor), null after the last. */
    record Page(List<Line> lines, String next) {
    }

    private final InboxRepository inbox;
    private final WhatTheyMaySee maySee;
    private final QuestionFollowers questions;
    private final MessageSource messages;
    private final NotificationLines lines;
    private final ApplicationEventPublisher events;

    Inbox(InboxRepository inbox, WhatTheyMaySee maySee, QuestionFollowers questions, MessageSource messages,
          NotificationLines lines, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.maySee = maySee;
        this.questions = questions;
        this.messages = messages;
        this.lines = lines;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Page page(Actor actor, InboxCursor after, Locale locale) {
        long memberId = actor.requireMember();
        var folded = new LinkedHashMap<Long, List<Notification>>();
        for (var n : maySee.keepVisible(memberId, inbox.listUnreadAboutQuestions(memberId, FOLDED_UNREAD)))
            folded.computeIfAbsent(n.questionId(), q -> new ArrayList<>()).add(n);
        var heads = new ArrayList<List<Notification>>();
        for (var group : folded.values())
            if (after.isAfter(InboxCursor.of(group.getFirst()))) heads.add(group);
        heads.addAll(singles(memberId, after).stream().map(List::of).toList());
        heads.sort(Comparator.comparing((List<Notification> g) -> g.getFirst().createdAt())
                .thenComparing(g -> g.getFirst().id()).reversed());
        var shown = heads.subList(0, Math.min(PAGE_SIZE, heads.size()));
        var next = heads.size() > PAGE_SIZE ? InboxCursor.of(shown.getLast().getFirst()).encode() : null;
        var titles = questions.titles(shown.stream().map(g -> g.getFirst().questionId()).filter(java.util.Objects::nonNull)
                .distinct().toList());
        return new Page(shown.stream().map(g -> line(g, titles.get(g.getFirst().questionId()), locale, actor.zone())).toList(), next);
    }

    /** Up to a page and one of visible notifications shown one line each, before the cursor. */
    private List<Notification> singles(long memberId, InboxCursor after) {
        var visible = new ArrayList<Notification>();
        var before = after;
        // Bounded: a member with thousands of notifications they may no longer see gets a shorter page, not a long wait.
        for (int round = 0; round < MAX_ROUNDS && visible.size() <= PAGE_SIZE; round++) {
            var batch = inbox.listSingles(memberId, before, PAGE_SIZE + 1);
            visible.addAll(maySee.keepVisible(memberId, batch));
            if (batch.size() <= PAGE_SIZE) break;
            before = InboxCursor.of(batch.getLast());
        }
        return visible;
    }

    private Line line(List<Notification> group, String title, Locale locale, java.time.ZoneId zone) {
        var newest = group.getFirst();
        if (group.size() == 1)
            return new Line(newest.id(), newest.kind(), newest.questionId(),
                    lines.text(newest, title, locale, zone),
                    newest.path(), newest.createdAt(), newest.readAt() != null, 1);
        var tally = NotificationLines.Tally.of(group);
        var key = "notification.group." + (tally.answers() > 0 ? "a" : "") + (tally.comments() > 0 ? "c" : "")
                + (tally.others() > 0 ? "o" : "");
        var text = messages.getMessage(key, new Object[]{tally.answers(), tally.comments(), tally.others(),
                title == null ? "" : title}, locale);
        return new Line(newest.id(), newest.kind(), newest.questionId(), text, newest.path(), newest.createdAt(), false,
                group.size());
    }

    /** How many lines of the member's inbox are unread, counted among the newest unread notifications. */
    @Override
    @Transactional(readOnly = true)
    public int unread(long memberId) {
        return (int) maySee.keepVisible(memberId, inbox.listUnread(memberId, COUNTED_UNREAD)).stream()
                .map(n -> n.questionId() != null ? "question:" + n.questionId() : "notification:" + n.id())
                .distinct().count();
    }

    /** Marks one line read: the notification, and if it is about a question every unread one about it. */
    @Transactional
    void markRead(Actor actor, long id) {
        long memberId = actor.requireMember();
        var notification = inbox.find(memberId, id).orElseThrow(NotFound::new);
        if (notification.readAt() == null) {
            if (notification.questionId() != null) inbox.markQuestionRead(memberId, notification.questionId());
            else inbox.markRead(memberId, id);
        }
        events.publishEvent(new NotificationsRead(memberId, id));
    }

    @Transactional
    void markAllRead(Actor actor) {
        long memberId = actor.requireMember();
        inbox.markAllRead(memberId);
        events.publishEvent(new NotificationsRead(memberId, null));
    }
}
