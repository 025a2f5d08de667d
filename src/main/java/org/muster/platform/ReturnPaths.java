package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Optional;

/**
 * Where a visitor goes back to after signing up and logging in (a program's first mission, say).
 * Only a path on this site is ever kept: "//host", "/\host", a scheme or control characters would let
 * a link of ours send someone to another site that looks like ours, so those are dropped.
 */
public final class ReturnPaths {

    static final String SESSION_KEY = "muster.return-to";

    private ReturnPaths() {
    }

    /** The path if it is one on this site, else empty. */
    public static Optional<String> local(String path) {
        if (path == null || path.isEmpty() || path.length() > 500 || path.charAt(0) != '/') return Optional.empty();
        if (path.startsWith("//") || path.indexOf('\\') >= 0 || path.chars().anyMatch(c -> c < 0x21 || c == 0x7f))
            return Optional.empty();
        try {
            var uri = URI.create(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) return Optional.empty();
        } catch (IllegalArgumentException notAPath) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** Keeps the path in the visitor's session for after the log-in; anything but a local path is ignored. */
    public static void remember(HttpServletRequest request, String path) {
        local(path).ifPresent(target -> request.getSession().setAttribute(SESSION_KEY, target));
    }

    /** The remembered path, once: a later log-in goes to the usual page again. */
    public static Optional<String> take(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof String target)) return Optional.empty();
        session.removeAttribute(SESSION_KEY);
        return local(target);
    }
}
