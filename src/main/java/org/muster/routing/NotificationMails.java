package org.muster.routing;

import org.muster.platform.ActorDirectory;
import org.muster.platform.MailRecipients;
import org.muster.platform.Mailer;
import org.muster.platform.SiteLinks;
import org.muster.qa.QuestionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes notification mail (at once or a digest) to the outbox: lines grouped per question, each
 * question's fold summed up ("2 new answers and a comment"), in the reader's language, with an
 * unsubscribe link for each kind in it. Callers pass only notifications the reader may still see.
 */
@Component
class NotificationMails {

    /** One question's notifications, or those about no question. */
    record Group(String title, String summary, String link, List<Line> lines) {
    }

    record Line(String text, String link) {
    }

    record Unsubscribe(String kind, String link) {
    }

    private final Mailer mailer;
    private final MailRecipients recipients;
    private final ActorDirectory actors;
    private final QuestionService questions;
    private final MessageSource messages;
    private final UnsubscribeLinks unsubscribes;
    private final SiteLinks links;
    private final NotificationLines lines;

    NotificationMails(Mailer mailer, MailRecipients recipients, ActorDirectory actors, QuestionService questions,
                      MessageSource messages, UnsubscribeLinks unsubscribes, SiteLinks links, NotificationLines lines) {
        this.lines = lines;
        this.mailer = mailer;
        this.recipients = recipients;
        this.actors = actors;
        this.questions = questions;
        this.messages = messages;
        this.unsubscribes = unsubscribes;
        this.links = links;
    }

    /** A mail at once: about one question, or the notifications about none that are due together. */
    void mailAtOnce(long memberId, List<Notification> notifications) {
        write(memberId, "routing/notifications", notifications, null);
    }

    /** A digest ("daily" or "weekly") of the period's notifications. */
    void mailDigest(long memberId, String period, List<Notification> notifications) {
        write(memberId, "routing/notifications", notifications, period);
    }

    private void write(long memberId, String template, List<Notification> notifications, String period) {
        var recipient = recipients.recipient(memberId);
        var actor = actors.byMemberId(memberId);
        if (recipient.isEmpty() || actor.isEmpty() || notifications.isEmpty()) return;
        var locale = recipient.get().locale();
        var groups = new ArrayList<Group>();
        var byQuestion = notifications.stream().collect(Collectors.groupingBy(
                n -> n.questionId() == null ? 0L : n.questionId(), LinkedHashMap::new, Collectors.toList()));
        byQuestion.forEach((questionId, told) -> groups.add(group(actor.get(), questionId, told, locale, recipient.get().zone())));
        // The header's one-click link turns off the kind most of the mail is about; the body has one per kind.
        var kinds = notifications.stream().collect(Collectors.groupingBy(Notification::kind, LinkedHashMap::new, Collectors.counting()));
        var main = kinds.entrySet().stream().max(Map.Entry.<NotificationKind, Long>comparingByValue()).orElseThrow().getKey();
        var unsubscribe = kinds.keySet().stream()
                .map(kind -> new Unsubscribe(kind.messageKey(), unsubscribes.link(memberId, kind))).toList();
        var model = new LinkedHashMap<String, Object>();
        model.put("subject", subject(groups, notifications.size(), period, locale));
        model.put("groups", groups);
        model.put("unsubscribe", unsubscribe);
        model.put("settings", links.absolute("/settings/notifications/mail"));
        mailer.send(memberId, template, model, unsubscribes.headers(memberId, main));
    }

    private Group group(org.muster.platform.Actor reader, long questionId, List<Notification> told, Locale locale,
                        java.time.ZoneId zone) {
        var title = questionId == 0L ? null : questions.get(reader, questionId).title();
        var lines = told.stream().map(n -> new Line(this.lines.text(n, title, locale, zone), links.absolute(n.path()))).toList();
        if (title == null) return new Group(null, null, null, lines);
        return new Group(title, summary(told, locale), links.absolute("/questions/" + questionId), lines);
    }

    /** "2 new answers and a comment": answers and comments counted, the rest as updates. */
    private String summary(List<Notification> told, Locale locale) {
        var tally = NotificationLines.Tally.of(told);
        var parts = new ArrayList<String>();
        if (tally.answers() > 0) parts.add(message(locale, "mail.notification.answers", tally.answers()));
        if (tally.comments() > 0) parts.add(message(locale, "mail.notification.comments", tally.comments()));
        if (tally.others() > 0) parts.add(message(locale, "mail.notification.updates", tally.others()));
        return switch (parts.size()) {
            case 1 -> parts.getFirst();
            case 2 -> message(locale, "mail.notification.two", parts.get(0), parts.get(1));
            default -> message(locale, "mail.notification.three", parts.get(0), parts.get(1), parts.get(2));
        };
    }

    private String subject(List<Group> groups, int count, String period, Locale locale) {
        if (period != null) return message(locale, "mail.digest." + period + ".subject", count);
        var group = groups.getFirst();
        if (group.title() != null) return message(locale, "mail.notification.subject.question", group.summary(), group.title());
        if (count == 1) return group.lines().getFirst().text();
        return message(locale, "mail.notification.subject.several", count);
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
