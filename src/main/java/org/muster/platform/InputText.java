package org.muster.platform;

import java.text.Normalizer;

/**
 * The one rule for text that people send, applied where requests are bound (JSON strings, request
 * parameters, form fields, path variables), so that no service can forget it: Unicode NFC; line
 * breaks as LF (CR LF and a lone CR become LF); TAB and LF kept; other control characters, lone
 * surrogates and noncharacters dropped (PostgreSQL refuses NUL, calendars and mail headers break on
 * CR); and text with nothing visible in it becomes empty, so that blank checks refuse it.
 */
public final class InputText {

    private InputText() {
    }

    /** The text as Muster keeps it; null stays null. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) return text;
        if (isPlain(text)) return text;
        var kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                kept.append('\n');
                if (i < text.length() && text.charAt(i) == '\n') i++;
            } else if (c == '\t' || c == '\n' || !isDropped(c)) {
                kept.appendCodePoint(c);
            }
        }
        var normal = Normalizer.normalize(kept, Normalizer.Form.NFC);
        return isBlank(normal) ? "" : normal;
    }

    /** The text for a place that holds one line (a mail subject): line breaks and tabs become one space. */
    public static String singleLine(String text) {
        var normal = normalise(text);
        return normal == null ? null : normal.replaceAll("[\\t\\n\\u2028\\u2029]+", " ");
    }

    /**
     * How long the text looks: letters, digits, signs and spaces, not UTF-16 units, combining marks
     * (an accent typed after its letter) or invisible formatting.
     */
    public static int visibleLength(CharSequence text) {
        if (text == null) return 0;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!isInvisible(c)) count++;
        }
        return count;
    }

    /** Whether the text's {@linkplain #visibleLength visible length} is at least min and at most max. */
    public static boolean fits(CharSequence text, int min, int max) {
        int length = visibleLength(text);
        return length >= min && length <= max;
    }

    /** Nothing a reader could see: empty, spaces and line breaks, or only invisible characters. */
    public static boolean isBlank(CharSequence text) {
        if (text == null) return true;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!isInvisible(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }

    /** Printable ASCII with spaces and LF, the usual case, needs no work. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c >= 0x7f) return false;
        }
        return !isBlank(text);
    }

    private static boolean isDropped(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static boolean isInvisible(int c) {
        if (c == '\t' || c == '\n') return false;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            // Hangul fillers and the braille blank are letters and symbols that draw nothing.
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || isNoncharacter(c);
        };
    }
}
