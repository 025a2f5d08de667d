package org.muster.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The one place that picks a reader's language for a page, an API answer or an error: the member's own
 * choice, else the language a visitor picked in the menu (a cookie), else the first supported language of
 * the browser's {@code Accept-Language}, else the site's. Members choose on their settings page, so the
 * menu and its cookie are for visitors.
 */
@Component("localeResolver")
public class ReaderLocales implements LocaleResolver {

    static final String COOKIE = "lang";
    /** Asked for on every formatted date and number of a page: resolved once per request. */
    private static final String RESOLVED = ReaderLocales.class.getName() + ".locale";
    private static final Duration KEPT = Duration.ofDays(365);

    private final Locale siteLocale;

    ReaderLocales(@Value("${spring.web.locale:en}") Locale siteLocale) {
        this.siteLocale = siteLocale;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) return resolved;
        var chosen = CurrentActor.of(request).language();
        var locale = chosen != null ? inReadersRegion(chosen, request) : visitorLocale(request);
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    /**
     * The language with the region of the browser's first language, whatever that language is: the words
     * come from the bundle, dates and numbers follow where the reader is (a reader in Germany reading English
     * gets a 24-hour clock, one in Belgium reading Dutch the Belgian forms).
     */
    private static Locale inReadersRegion(Locale language, HttpServletRequest request) {
        var region = ranges(request).stream().filter(r -> r.getWeight() > 0).findFirst()
                .map(r -> Locale.forLanguageTag(r.getRange()).getCountry()).orElse("");
        return region.isEmpty() ? language : Locale.of(language.getLanguage(), region);
    }

    private static List<Locale.LanguageRange> ranges(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || header.length() > 500) return List.of();
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            // A browser that cannot say its languages reads the site's.
            return List.of();
        }
    }

    /** What a visitor reads: the same for every visitor with the same cookie and browser, so the page cache keys on it. */
    Locale visitorLocale(HttpServletRequest request) {
        return inReadersRegion(visitorLanguage(request), request);
    }

    private Locale visitorLanguage(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies != null)
            for (var cookie : cookies)
                if (COOKIE.equals(cookie.getName())) {
                    var picked = Languages.of(cookie.getValue());
                    if (picked.isPresent()) return picked.get();
                }
        for (var range : ranges(request)) {
            if (range.getWeight() <= 0) continue;
            var supported = Languages.of(range.getRange());
            if (supported.isPresent()) return supported.get();
        }
        return siteLocale;
    }

    /** A visitor's pick from the language menu ({@code ?lang=nl}); an unknown language changes nothing. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || response == null) return;
        var picked = Languages.of(locale.toLanguageTag());
        if (picked.isEmpty()) return;
        var cookie = new Cookie(COOKIE, picked.get().getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        // The page that picked the language is already in it (the request still holds the old cookie).
        var chosen = CurrentActor.of(request).language();
        request.setAttribute(RESOLVED, inReadersRegion(chosen != null ? chosen : picked.get(), request));
    }
}
