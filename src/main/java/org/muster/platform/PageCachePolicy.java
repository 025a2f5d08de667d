package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/**
 * A module's say on the page cache: which of its pages visitors may get from the cache (and under
 * which tag), and which tags a change makes stale. Only visitors (no session, no token) are served
 * from it, so nothing personal or private is ever cached.
 */
public interface PageCachePolicy {

    /** Evicting this tag clears the whole cache. */
    String EVERYTHING = "*";

    /** The tag a visitor's GET of this path is cached under; empty when it is not cacheable. */
    Optional<String> tagOf(String path);

    /** The tags a domain event makes stale. */
    Set<String> staleAfter(DomainEvent event);

    /** Called when a cached page was served instead of the controller, e.g. to count a view. */
    default void served(HttpServletRequest request, String path) {
    }
}
