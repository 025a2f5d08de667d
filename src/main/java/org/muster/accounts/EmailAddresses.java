package org.muster.accounts;

import java.util.Locale;

/**
 * The one form of a typed e-mail address that sign-up stores and every look-up, sign-in limit and
 * reset uses, so that no spelling of an address reaches the account while escaping its limits.
 */
final class EmailAddresses {

    /** RFC 5321's limit: no member has a longer address. */
    static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /**
     * Without the invisible characters that pasting and phone keyboards add around an address (em
     * and ideographic spaces, no-break spaces, zero-width characters, byte-order marks, control
     * characters), in lower case.
     */
    static String canonical(String typed) {
        if (typed == null) return "";
        int start = 0;
        int end = typed.length();
        while (start < end && invisible(typed.codePointAt(start))) start += Character.charCount(typed.codePointAt(start));
        while (end > start && invisible(typed.codePointBefore(end))) end -= Character.charCount(typed.codePointBefore(end));
        return typed.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
