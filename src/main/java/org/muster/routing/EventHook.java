package org.muster.routing;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint subscribed to event types. Internal endpoints get events a visitor could not see;
 * public ones only what the public site shows.
 */
record EventHook(long id, String name, String url, String secret, EventHookFormat format, boolean internal,
                 List<String> eventTypes, boolean active, Instant createdAt) {

    /** The secret is shown whole only when created or rotated; afterwards only its last characters. */
    public String secretHint() {
        return "…" + secret.substring(Math.max(0, secret.length() - 4));
    }
}
