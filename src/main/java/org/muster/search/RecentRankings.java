package org.muster.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How recent searches ranked on this node's index as it is now: popular searches repeat, and ranking
 * and counting facets are most of a search's cost. Only document numbers and counts are kept, and
 * only for the state of the index they were ranked on: the first search after any change to the
 * index ranks afresh. What is shown is still read from the index, confirmed as live and visible in
 * PostgreSQL and marked on every request. Readers are told apart by the spaces they may see.
 */
@Component
class RecentRankings {

    /** A page's documents, and the facets and count of every match. */
    record Ranking(int[] pageDocs, SearchResults.Facets facets, int total) {
    }

    private final Map<String, Ranking> entries;
    private long version = -1;

    RecentRankings(@Value("${muster.search.recent-rankings:2048}") int maxEntries) {
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Ranking> eldest) {
                return size() > maxEntries;
            }
        };
    }

    Ranking get(IndexSearcher searcher, String key, Supplier<Ranking> rank) {
        long current = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        synchronized (entries) {
            if (current > version) {
                entries.clear();
                version = current;
            }
            var known = current == version ? entries.get(key) : null;
            if (known != null) return known;
        }
        var ranking = rank.get();
        synchronized (entries) {
            // A search on an older state, still running when the index moved on, is not kept.
            if (current == version) entries.put(key, ranking);
        }
        return ranking;
    }
}
