package org.muster.accounts;

import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A generated avatar: the member's initials on a colour derived from the id, as SVG. */
final class Avatar {

    private Avatar() {
    }

    static String svg(long memberId, String displayName) {
        int hue = (int) Math.floorMod(memberId * 137L, 360L);
        var initials = HtmlUtils.htmlEscape(initials(displayName));
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img">\
                <rect width="96" height="96" rx="48" fill="hsl(%d,55%%,42%%)"/>\
                <text x="48" y="50" dy=".35em" text-anchor="middle" font-family="system-ui,sans-serif" \
                font-size="38" font-weight="600" fill="#fff">%s</text></svg>""".formatted(hue, initials);
    }

    static String initials(String name) {
        var words = Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) return "?";
        var picked = words.size() == 1 ? words : java.util.List.of(words.getFirst(), words.getLast());
        return picked.stream().map(w -> w.substring(0, Character.charCount(w.codePointAt(0))).toUpperCase())
                .collect(Collectors.joining());
    }
}
