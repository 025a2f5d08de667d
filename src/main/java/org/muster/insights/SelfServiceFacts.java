package org.muster.insights;

import org.muster.search.LoggedSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The self-service family's facts: searches as copied from the search log, and members' questions and
 * escalations after them. A search counts in a scope when its space is among the scope's spaces or, for a
 * search that found nothing, when every space it looked in is.
 */
@Repository
class SelfServiceFacts {

    /** How long after a search a question or an escalation by the searcher means he did not serve himself. */
    static final Duration FOLLOW_UP = Duration.ofDays(7);

    /** One day's searches: all, those that found nothing, those that found something and had nothing opened. */
    record SearchDay(long searches, long noResults, long unopened) {
    }

    /** A query's searches and its gaps of each kind. */
    record GapQuery(String query, long searches, long noResults, long unopened) {
    }

    /**
     * Members' searches; those that opened a solved question; of those, the ones at least {@link #FOLLOW_UP}
     * old; and of these the ones after which the searcher neither asked nor escalated within it.
     */
    record Funnel(long searched, long openedSolved, long settled, long selfServed) {
    }

    private static final String IN_SCOPE = """
            (s.space_id = any(:spaces) or (s.space_id is null and s.spaces <@ :spaces))
            and s.day between :from and :to""";

    private final JdbcClient db;

    SelfServiceFacts(JdbcClient db) {
        this.db = db;
    }

    /** Copies these searches, or copies them again when they changed (a result opened meanwhile). */
    void keep(List<LoggedSearch> searches) {
        if (searches.isEmpty()) return;
        db.sql("""
                insert into insight_searches (search_id, day, searched_at, normalized, member_id, space_id, spaces,
                                              no_results, opened, opened_solved)
                select id, (searched::timestamptz at time zone 'utc')::date, searched::timestamptz, normalized, member_id,
                       space_id, string_to_array(spaces, ',')::bigint[], no_results, opened, opened_solved
                from unnest(:ids, :searched, :normalized, :members, :spaceIds, :spaces, :none, :opened, :solved)
                     as t(id, searched, normalized, member_id, space_id, spaces, no_results, opened, opened_solved)
                on conflict (search_id) do update set space_id = excluded.space_id, opened = excluded.opened,
                    opened_solved = excluded.opened_solved""")
                .param("ids", searches.stream().map(LoggedSearch::id).toArray(Long[]::new))
                .param("searched", searches.stream().map(s -> s.searchedAt().toString()).toArray(String[]::new))
                .param("normalized", searches.stream().map(LoggedSearch::normalized).toArray(String[]::new))
                .param("members", searches.stream().map(LoggedSearch::memberId).toArray(Long[]::new))
                .param("spaceIds", searches.stream().map(LoggedSearch::spaceId).toArray(Long[]::new))
                .param("spaces", searches.stream().map(s -> s.spaces() == null ? null
                        : String.join(",", s.spaces().stream().map(String::valueOf).toList())).toArray(String[]::new))
                .param("none", searches.stream().map(s -> s.resultCount() == 0).toArray(Boolean[]::new))
                .param("opened", searches.stream().map(LoggedSearch::opened).toArray(Boolean[]::new))
                .param("solved", searches.stream().map(LoggedSearch::openedSolved).toArray(Boolean[]::new))
                .update();
    }

    /** The id of the last search copied, 0 when none. */
    long lastSearchId() {
        return db.sql("select coalesce(max(search_id), 0) from insight_searches").query(Long.class).single();
    }

    void asked(long questionId, long memberId, Instant at) {
        db.sql("""
                insert into insight_follow_ups (question_id, kind, member_id, at) values (:q, 'asked', :m, :at)
                on conflict do nothing""")
                .param("q", questionId).param("m", memberId).param("at", Timestamp.from(at)).update();
    }

    /** The asker of a question asked here escalated it. */
    void escalated(long questionId, Instant at) {
        db.sql("""
                insert into insight_follow_ups (question_id, kind, member_id, at)
                select question_id, 'escalated', member_id, :at from insight_follow_ups where question_id = :q and kind = 'asked'
                on conflict do nothing""")
                .param("q", questionId).param("at", Timestamp.from(at)).update();
    }

    void clear() {
        db.sql("delete from insight_searches").update();
        db.sql("delete from insight_follow_ups").update();
    }

    Map<LocalDate, SearchDay> searchDays(Scope scope) {
        var days = new TreeMap<LocalDate, SearchDay>();
        db.sql("select s.day, count(*), count(*) filter (where s.no_results), count(*) filter (where not s.no_results and not s.opened)"
                        + " from insight_searches s where " + IN_SCOPE + " group by s.day")
                .params(scoped(scope))
                .query((rs, n) -> days.put(rs.getDate(1).toLocalDate(), new SearchDay(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return days;
    }

    /** The queries with the most searches that found nothing and those with the most that had nothing opened, {@code limit} of each. */
    List<GapQuery> gapQueries(Scope scope, int limit) {
        return db.sql("""
                with queries as (
                    select s.normalized as query, count(*) as searches, count(*) filter (where s.no_results) as no_results,
                           count(*) filter (where not s.no_results and not s.opened) as unopened
                    from insight_searches s where""" + " " + IN_SCOPE + """
                     group by s.normalized),
                top as ((select query from queries where no_results > 0 order by no_results desc, query limit :limit)
                        union (select query from queries where unopened > 0 order by unopened desc, query limit :limit))
                select q.query, q.searches, q.no_results, q.unopened from queries q join top using (query)
                order by q.no_results desc, q.unopened desc, q.query""")
                .params(scoped(scope)).param("limit", limit)
                .query(GapQuery.class).list();
    }

    /** How many different queries had a gap of either kind. */
    long gapQueryCount(Scope scope) {
        return db.sql("select count(distinct s.normalized) from insight_searches s where (s.no_results or not s.opened) and "
                        + IN_SCOPE)
                .params(scoped(scope)).query(Long.class).single();
    }

    Funnel funnel(Scope scope) {
        return db.sql("""
                select count(*), count(*) filter (where s.opened_solved),
                       count(*) filter (where s.opened_solved and s.searched_at <= :settled),
                       count(*) filter (where s.opened_solved and s.searched_at <= :settled and not exists (
                           select 1 from insight_follow_ups f where f.member_id = s.member_id
                           and f.at > s.searched_at and f.at <= s.searched_at + make_interval(secs => :followUp)))
                from insight_searches s where s.member_id is not null and""" + " " + IN_SCOPE)
                .params(scoped(scope))
                .param("settled", Timestamp.from(scope.now().minus(FOLLOW_UP)))
                .param("followUp", FOLLOW_UP.toSeconds())
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private static Map<String, Object> scoped(Scope scope) {
        return Map.of("spaces", scope.spaceArray(), "from", Date.valueOf(scope.period().from()),
                "to", Date.valueOf(scope.period().to()));
    }
}
