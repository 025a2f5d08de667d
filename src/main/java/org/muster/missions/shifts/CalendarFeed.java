package org.muster.missions.shifts;

import org.muster.missions.matching.MatchRepository;
import org.muster.missions.CalendarAddressReplaced;
import org.muster.platform.Actor;
import org.muster.platform.InputText;
import org.muster.platform.MailRecipient;
import org.muster.platform.MailRecipients;
import org.muster.platform.NotFound;
import org.muster.platform.Secrets;
import org.muster.platform.SiteLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * My schedule as an iCalendar (RFC 5545) feed. Calendar apps cannot sign in, so the feed's address
 * carries a secret key; only its hash is stored, and making a new one retires the old address. The
 * calendar app asks without a reader's language, so the feed is written in its owner's, as their mail is.
 */
@Service
public class CalendarFeed {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CalendarKeyRepository keys;
    private final SlotRepository slots;
    private final MatchRepository matches;
    private final SiteLinks links;
    private final ApplicationEventPublisher events;
    private final MailRecipients readers;
    private final MessageSource messages;

    CalendarFeed(CalendarKeyRepository keys, SlotRepository slots, MatchRepository matches, SiteLinks links,
                 ApplicationEventPublisher events, MailRecipients readers, MessageSource messages) {
        this.events = events;
        this.readers = readers;
        this.messages = messages;
        this.keys = keys;
        this.slots = slots;
        this.matches = matches;
        this.links = links;
    }

    /** A new secret address for the member's feed; the previous one stops working. */
    @Transactional
    public String newAddress(Actor actor) {
        long memberId = actor.requireMember();
        var key = Secrets.generate("cal_");
        keys.replace(memberId, Secrets.hash(key));
        events.publishEvent(new CalendarAddressReplaced(memberId));
        return links.absolute("/calendar/" + key + ".ics");
    }

    /** The feed for a key: booked slots and accepted or confirmed matches. An unknown key is 404. */
    @Transactional(readOnly = true)
    public String feed(String key) {
        long memberId = keys.owner(Secrets.hash(key == null ? "" : key)).orElseThrow(NotFound::new);
        var locale = readers.recipient(memberId).map(MailRecipient::locale).orElse(Locale.ROOT);
        var ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Muster//Missions//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(messages.getMessage("calendar.name", null, locale)));
        var now = Instant.now();
        for (var entry : slots.scheduleOf(memberId)) {
            if (!entry.signup().status().equals("booked")) continue;
            event(ics, "signup-" + entry.signup().id(), now, entry.startsAt(), entry.endsAt(), entry.missionTitle(), entry.place(),
                    links.absolute("/missions#schedule"));
        }
        for (var match : matches.involving(memberId)) {
            if (!match.status().equals("accepted") && !match.status().equals("confirmed")) continue;
            event(ics, "match-" + match.id(), now, match.windowStart(), match.windowEnd(), messages.getMessage("calendar.match", new Object[]{match.place()}, locale),
                    match.place(), links.absolute("/matches/" + match.id()));
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private void event(StringBuilder ics, String uid, Instant stamp, Instant start, Instant end, String summary, String place,
                       String url) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid + "@" + links.absolute("/").replaceAll("^https?://|/.*$", ""));
        line(ics, "DTSTAMP:" + STAMP.format(stamp));
        line(ics, "DTSTART:" + STAMP.format(start));
        line(ics, "DTEND:" + STAMP.format(end));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(place));
        line(ics, "URL:" + url);
        line(ics, "END:VEVENT");
    }

    /**
     * TEXT values escape backslash, semicolon, comma and line breaks. Places and titles come from
     * members, and stored text may predate input normalising: a lone CR or another control character
     * would end the line or break the calendar, so the text goes through {@link InputText} first.
     */
    static String text(String value) {
        return InputText.normalise(value == null ? "" : value)
                .replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        var offset = 0;
        while (offset < content.length()) {
            int cp = content.codePointAt(offset);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            offset += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
