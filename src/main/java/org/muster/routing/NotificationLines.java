package org.muster.routing;

import org.muster.platform.MailFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one way a stored notification becomes a line of text, in the inbox, in mail and in digests: its
 * key in the reader's language, its times in the reader's zone. A key missing from the bundles still
 * says what kind of thing happened rather than holding up a page or a mail.
 */
@Component
class NotificationLines {

    /**
     * What several notifications about one question add up to, for the inbox's one line and a mail's
     * summary alike: a notification with a comment is a comment, an answer to my question or one I watch
     * an answer, anything else (accepted, mentioned, asked to help) an update.
     */
    record Tally(int answers, int comments, int others) {

        static Tally of(java.util.List<Notification> notifications) {
            int answers = 0, comments = 0, others = 0;
            for (var n : notifications) {
                if (n.commentId() != null) comments++;
                else if (n.kind() == NotificationKind.ANSWER || n.kind() == NotificationKind.WATCHED_QUESTION) answers++;
                else others++;
            }
            return new Tally(answers, comments, others);
        }
    }

    private final MessageSource messages;

    NotificationLines(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Stands for the question's title in stored arguments: the title is read when the line is shown, so an
     * edited or redacted title (moderation masks private data in it) never outlives the change in anyone's
     * inbox or mail.
     */
    static final String QUESTION_TITLE = "{question.title}";

    /** @param title the question's title now, for a notification about one (null otherwise) */
    String text(Notification notification, String title, Locale locale, ZoneId zone) {
        var formats = new MailFormats(locale, zone);
        var args = notification.args().stream()
                .map(arg -> QUESTION_TITLE.equals(arg) ? (title == null ? "" : title) : shown(arg, formats)).toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[]{notification.messageKey(), notification.kind().messageKey()}, args), locale);
    }

    /** Notices carry times as ISO instants (JSON has no time type); readers see them in their own zone. */
    private static Object shown(Object arg, MailFormats formats) {
        if (!(arg instanceof String text) || text.length() < 20 || !Character.isDigit(text.charAt(0))) return arg;
        try {
            return formats.dateTime(Instant.parse(text));
        } catch (DateTimeParseException notATime) {
            return arg;
        }
    }
}
