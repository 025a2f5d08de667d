package org.muster.qa;

import org.muster.platform.Invalid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the previous page ended: the sort value (epoch microseconds or score) and the id. Opaque
 * to clients, so the encoding can change.
 */
record Cursor(long value, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((value + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String text) {
        if (text == null) return null;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":");
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new Invalid("after", "question.list.cursor");
        }
    }
}
