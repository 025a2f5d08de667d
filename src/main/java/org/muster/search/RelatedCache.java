package org.muster.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ids of a question's related questions as last ranked, per node, for a while: ranking them
 * costs tens of milliseconds and a popular question is shown over and over. Only ids are kept;
 * titles are read from the index and visibility is confirmed in PostgreSQL on every use, so an
 * edited, redacted or deleted question shows as it is now. New questions join the lists when an
 * entry expires. An empty ranking is never kept: it is what a question gets before the index has
 * it (just asked), and keeping it would show "no related questions" for the whole TTL.
 */
@Component
class RelatedCache {

    private record Ranked(List<Long> ids, long expiresAt) {
    }

    private final long ttlMillis;
    private final int maxEntries;
    private final Map<String, Ranked> entries;

    RelatedCache(@Value("${muster.search.related-cache-ttl:PT10M}") Duration ttl,
                 @Value("${muster.search.related-cache-entries:20000}") int maxEntries) {
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Ranked> eldest) {
                return size() > RelatedCache.this.maxEntries;
            }
        };
    }

    List<Long> get(String key, Supplier<List<Long>> rank) {
        long now = System.currentTimeMillis();
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && entry.expiresAt() > now) return entry.ids();
        }
        var ids = List.copyOf(rank.get());
        if (ttlMillis > 0 && !ids.isEmpty()) {
            synchronized (entries) {
                entries.put(key, new Ranked(ids, now + ttlMillis));
            }
        }
        return ids;
    }
}
