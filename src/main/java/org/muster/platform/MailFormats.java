package org.muster.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates for mail templates, as {@code formats}: in the recipient's language and zone, not the
 * sender's, since a mail is often written by a job or by another member's request.
 */
public record MailFormats(Locale locale, ZoneId zone) {

    /** Names the zone: a mail is read later and elsewhere, where the reader may be travelling. */
    public String dateTime(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant) + " (" + zone.getId() + ")";
    }

    public String date(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }
}
