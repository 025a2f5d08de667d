package org.muster.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The log of searches and its aggregate by normalized text. */
@Repository
class SearchLogRepository {

    private final JdbcClient db;

    SearchLogRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * Logs a search and counts it in its gap row, in one round trip. The log is for insight: a crash
     * may lose its last moment, so no search waits for a disk flush (synchronous_commit off, for this
     * transaction only).
     */
    void record(String query, String normalized, int resultCount, Long memberId, byte[] openKeyHash) {
        db.sql("""
                        with relaxed as (select set_config('synchronous_commit', 'off', true)),
                        gap as (
                            insert into search_gaps (normalized, example, searches, no_results, last_seen)
                            values (:normalized, :query, 1, :none, now())
                            on conflict (normalized) do update set searches = search_gaps.searches + 1,
                                no_results = search_gaps.no_results + excluded.no_results,
                                example = excluded.example, last_seen = now()),
                        logged as (
                            insert into search_log (query, normalized, result_count, member_id, open_key_hash)
                            values (:query, :normalized, :count, :member, :key) returning id)
                        select logged.id from logged, relaxed""")
                .param("normalized", normalized).param("query", query).param("none", resultCount == 0 ? 1 : 0)
                .param("count", resultCount).param("member", memberId).param("key", openKeyHash)
                .query(Long.class).single();
    }

    /** Marks the search with this key as having led to an opened result, once. */
    void opened(byte[] openKeyHash) {
        db.sql("""
                        with marked as (update search_log set opened = true where open_key_hash = :key and not opened
                                        returning normalized)
                        update search_gaps g set opened = g.opened + 1 from marked where g.normalized = marked.normalized""")
                .param("key", openKeyHash).update();
    }

    List<SearchGap> gaps(int limit) {
        return db.sql("""
                        select normalized as query, example, searches, no_results, searches - opened as unopened, last_seen
                        from search_gaps where opened < searches
                        order by no_results desc, searches - opened desc, last_seen desc limit :limit""")
                .param("limit", limit)
                .query(SearchGap.class).list();
    }
}
