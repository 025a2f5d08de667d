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

    private final MessageSource messages;

    NotificationLines(MessageSource messages) {
        this.messages = messages;
    }

    String text(Notification notification, Locale locale, ZoneId zone) {
        var formats = new MailFormats(locale, zone);
        var args = notification.args().stream().map(arg -> shown(arg, formats)).toArray();
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
