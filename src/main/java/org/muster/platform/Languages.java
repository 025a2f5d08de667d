package org.muster.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Muster speaks: a message bundle each, and in search an analyzer each. Adding one means
 * its bundle, its code here, and its analyzer in search.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.of("nl"), Locale.FRENCH);

    private Languages() {
    }

    /** The supported language a tag names, region and case aside ({@code nl-BE} is Dutch); empty for any other. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) return Optional.empty();
        var language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
