package org.muster.routing;

import org.muster.platform.Invalid;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page of the inbox ended: the time and id of its last line's newest notification. Opaque to clients. */
record InboxCursor(Instant createdAt, long id) {

    /** Before every notification: the first page. */
    static final InboxCursor NEWEST = new InboxCursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

    static InboxCursor of(Notification notification) {
        return new InboxCursor(notification.createdAt(), notification.id());
    }

    boolean isAfter(InboxCursor other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime != 0 ? byTime > 0 : id > other.id;
    }

    String encode() {
        var micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, the first page when none. */
    static InboxCursor decode(String text) {
        if (text == null || text.isEmpty()) return NEWEST;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            long micros = Long.parseLong(parts[0]);
            return new InboxCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000),
                    Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new Invalid("after", "notification.cursor");
        }
    }
}
