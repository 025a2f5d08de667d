package org.muster.routing;

import java.time.Instant;
import java.util.List;

/** An event hook in the API: the secret whole only in the answer that created or rotated it. */
record EventHookJson(long id, String name, String url, String secret, String format, boolean internal,
                     List<String> events, boolean active, Instant createdAt) {

    static EventHookJson of(EventHook h, boolean withSecret) {
        return new EventHookJson(h.id(), h.name(), h.url(), withSecret ? h.secret() : h.secretHint(),
                h.format().name().toLowerCase(java.util.Locale.ROOT), h.internal(), h.eventTypes(), h.active(), h.createdAt());
    }
}
