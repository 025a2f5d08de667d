package org.muster.qa;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Who is viewing, for counting views once per visitor per day; crawlers and scripts are not counted. */
final class Viewers {

    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|preview|facebookexternalhit|monitor|curl|wget|python|java|go-http|okhttp|headless|wrk|ab/");

    private Viewers() {
    }

    /** A stable key of the viewer, or null when the request does not count as a person viewing. */
    static String key(Actor actor, HttpServletRequest request) {
        var agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank() || NOT_A_PERSON.matcher(agent).find()) return null;
        if (!actor.isVisitor()) return "m:" + actor.memberId();
        return "v:" + hash(request.getRemoteAddr() + "|" + agent);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
