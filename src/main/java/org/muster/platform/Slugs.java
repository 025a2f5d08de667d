package org.muster.platform;

import java.util.Locale;

/** Readable address words made from a title: "Router drops Wi-Fi!" becomes "router-drops-wi-fi". */
public final class Slugs {

    private static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String title) {
        var slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX ? slug.substring(0, MAX).replaceAll("-+$", "") : slug;
    }
}
