package org.muster.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/** Readable address words made from a title: "Router drops Wi-Fi!" becomes "router-drops-wi-fi". */
public final class Slugs {

    private static final int MAX = 80;
    // Compiled once: every link to a question makes its slug, dozens on each list page.
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DASHES_AT_THE_ENDS = Pattern.compile("^-+|-+$");
    private static final Pattern DASHES_AT_THE_END = Pattern.compile("-+$");

    private Slugs() {
    }

    public static String of(String title) {
        var words = NEITHER_LETTER_NOR_DIGIT.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
        var slug = DASHES_AT_THE_ENDS.matcher(words).replaceAll("");
        return slug.length() > MAX ? DASHES_AT_THE_END.matcher(slug.substring(0, MAX)).replaceAll("") : slug;
    }
}
