package org.muster.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.TreeMap;

/** The log of searches and its aggregate by normalized text. */
@Repository
class SearchLogRepository {

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    SearchLogRepository(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    /**
     * Logs searches and counts them in their gap rows. The log is for insight: a crash may lose its
     * last moment, so nothing waits for a disk flush (synchronous_commit off, for this transaction
     * only). Gap rows are counted up in the order of their text, so that nodes writing at once take
     * their locks in one order.
     */
    void record(List<SearchLog.Entry> searches) {
        db.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
        batch.batchUpdate("""
                        insert into search_log (query, normalized, result_count, member_id, open_key_hash, opened, searched_at)
                        values (:query, :normalized, :count, :member, :key, :opened, :at)""",
                searches.stream().map(s -> new MapSqlParameterSource().addValue("query", s.query())
                        .addValue("normalized", s.normalized()).addValue("count", s.resultCount())
                        .addValue("member", s.memberId(), Types.BIGINT).addValue("key", s.openKeyHash())
                        .addValue("opened", s.opened()).addValue("at", Timestamp.from(s.searchedAt()))).toArray(MapSqlParameterSource[]::new));
        var gaps = new TreeMap<String, MapSqlParameterSource>();
        for (var s : searches) {
            var gap = gaps.computeIfAbsent(s.normalized(), n -> new MapSqlParameterSource().addValue("normalized", n)
                    .addValue("searches", 0).addValue("none", 0).addValue("opened", 0));
            var seen = Timestamp.from(s.searchedAt());
            if (!gap.hasValue("seen") || !seen.before((Timestamp) gap.getValue("seen"))) {
                gap.addValue("example", s.query()).addValue("seen", seen);
            }
            gap.addValue("searches", (int) gap.getValue("searches") + 1)
                    .addValue("none", (int) gap.getValue("none") + (s.resultCount() == 0 ? 1 : 0))
                    .addValue("opened", (int) gap.getValue("opened") + (s.opened() ? 1 : 0));
        }
        batch.batchUpdate("""
                        insert into search_gaps (normalized, example, searches, no_results, opened, last_seen)
                        values (:normalized, :example, :searches, :none, :opened, :seen)
                        on conflict (normalized) do update set searches = search_gaps.searches + excluded.searches,
                            no_results = search_gaps.no_results + excluded.no_results,
                            opened = search_gaps.opened + excluded.opened,
                            example = excluded.example, last_seen = greatest(search_gaps.last_seen, excluded.last_seen)""",
                gaps.values().toArray(MapSqlParameterSource[]::new));
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
