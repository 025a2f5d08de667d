package org.muster.platform;

import java.time.ZoneId;
import java.util.Locale;

/** Where a mail goes and how its reader reads: the language of its text and the zone of its times. */
public record MailRecipient(String address, Locale locale, ZoneId zone) {
}
