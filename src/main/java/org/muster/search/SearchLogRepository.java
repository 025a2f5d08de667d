package org.muster.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
                        insert into search_log (query, normalized, result_count, member_id, open_key_hash, opened, searched_at,
                                                spaces, first_space_id, opened_space_id, opened_solved)
                        values (:query, :normalized, :count, :member, :key, :opened, :at,
                                string_to_array(:spaces, ',')::bigint[], :first, :openedSpace, :openedSolved)""",
                searches.stream().map(s -> new MapSqlParameterSource().addValue("query", s.query())
                        .addValue("normalized", s.normalized()).addValue("count", s.resultCount())
                        .addValue("member", s.memberId(), Types.BIGINT).addValue("key", s.openKeyHash())
                        .addValue("opened", s.opened()).addValue("at", Timestamp.from(s.searchedAt()))
                        .addValue("spaces", s.spaces().stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .addValue("first", s.firstSpaceId(), Types.BIGINT)
                        .addValue("openedSpace", s.openedSpaceId(), Types.BIGINT)
                        .addValue("openedSolved", s.openedSolved())).toArray(MapSqlParameterSource[]::new));
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

    /**
     * Marks the search with this key as having led to an opened result, once, and only within the opening
     * window, so that a search older than that never changes again; the question's space is kept only
     * when the search looked in it.
     */
    void opened(byte[] openKeyHash, SearchLog.OpenedQuestion question) {
        db.sql("""
                        with marked as (update search_log
                                        set opened = true,
                                            opened_space_id = case when :space = any(spaces) then :space end,
                                            opened_solved = coalesce(:space = any(spaces) and :solved, false)
                                        where open_key_hash = :key and not opened
                                          and searched_at > now() - make_interval(secs => :window)
                                        returning normalized)
                        update search_gaps g set opened = g.opened + 1 from marked where g.normalized = marked.normalized""")
                .param("key", openKeyHash)
                .param("space", question == null ? null : question.spaceId(), Types.BIGINT)
                .param("solved", question != null && question.solved())
                .param("window", SearchActivity.OPENING_WINDOW.toSeconds()).update();
    }

    /** Up to {@code limit} logged searches with ids above {@code afterId}, in id order. */
    List<LoggedSearch> batchAfter(long afterId, int limit) {
        return db.sql("""
                        select id, normalized, member_id, result_count, opened, coalesce(opened_space_id, first_space_id) as space_id,
                               spaces, opened_solved, searched_at
                        from search_log where id > :after order by id limit :limit""")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> new LoggedSearch(rs.getLong("id"), rs.getString("normalized"),
                        rs.getObject("member_id", Long.class), rs.getInt("result_count"), rs.getBoolean("opened"),
                        rs.getObject("space_id", Long.class),
                        rs.getArray("spaces") == null ? null : List.of((Long[]) rs.getArray("spaces").getArray()),
                        rs.getBoolean("opened_solved"), rs.getTimestamp("searched_at").toInstant()))
                .list();
    }

    /** The id just before the first search made at or after {@code since}: where a walk over what may still change starts. */
    long lastIdBefore(java.time.Instant since) {
        return db.sql("select coalesce(min(id), (select coalesce(max(id), 0) + 1 from search_log)) - 1 from search_log where searched_at >= :since")
                .param("since", Timestamp.from(since)).query(Long.class).single();
    }

    long count() {
        return db.sql("select count(*) from search_log").query(Long.class).single();
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
