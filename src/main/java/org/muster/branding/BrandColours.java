package org.muster.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contrast by WCAG 2's relative luminance. Buttons write white on the accent, so an accent is accepted
 * only when that reaches AA (4.5:1). The dark theme shows the accent as link text on a dark page, where
 * the same colour would be too dark: it gets the accent lightened until it reads on that page, with
 * dark text on its buttons.
 */
final class BrandColours {

    static final double AA = 4.5;
    static final String WHITE = "#ffffff";
    /** muster.css's dark theme: {@code --paper} (the lighter of its two page colours) and {@code --wash}. */
    static final String DARK_PAPER = "#1b2029";
    static final String DARK_WASH = "#11151c";

    private static final Pattern HEX = Pattern.compile("#?([0-9a-f]{6}|[0-9a-f]{3})");

    private BrandColours() {
    }

    /** {@code #rrggbb} in lower case, from six or three hex digits with or without '#'; null when it is none. */
    static String normalised(String colour) {
        if (colour == null) return null;
        var matcher = HEX.matcher(colour.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) return null;
        var digits = matcher.group(1);
        if (digits.length() == 3)
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        return "#" + digits;
    }

    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + .05) / (Math.min(la, lb) + .05);
    }

    /** The accent mixed with white in steps of 5% until it reads on the dark page (and dark text reads on it). */
    static String forDarkTheme(String accent) {
        for (int percent = 0; percent <= 100; percent += 5) {
            var mixed = mix(accent, percent);
            if (contrast(mixed, DARK_PAPER) >= AA && contrast(mixed, DARK_WASH) >= AA) return mixed;
        }
        return WHITE;
    }

    private static String mix(String colour, int percentWhite) {
        var out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int channel = channel(colour, i);
            out.append(String.format(Locale.ROOT, "%02x", Math.round(channel + (255 - channel) * percentWhite / 100f)));
        }
        return out.toString();
    }

    private static int channel(String colour, int index) {
        return Integer.parseInt(colour.substring(1 + 2 * index, 3 + 2 * index), 16);
    }

    private static double luminance(String colour) {
        double[] weights = {.2126, .7152, .0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = channel(colour, i) / 255.0;
            sum += weights[i] * (c <= .04045 ? c / 12.92 : Math.pow((c + .055) / 1.055, 2.4));
        }
        return sum;
    }
}
