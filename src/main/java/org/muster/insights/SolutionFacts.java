package org.muster.insights;

import org.muster.qa.Solution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Solved questions as insights keeps them ({@code insight_solutions}), and their ages. */
@Repository
class SolutionFacts {

    private final JdbcClient db;

    SolutionFacts(JdbcClient db) {
        this.db = db;
    }

    /** Forgets what was kept about these questions and keeps those of them solved now. */
    void replace(Collection<Long> questionIds, List<Solution> solutions) {
        if (questionIds.isEmpty()) return;
        db.sql("delete from insight_solutions where question_id = any(:ids)")
                .param("ids", questionIds.toArray(Long[]::new)).update();
        put(solutions);
    }

    /** Keeps these solutions, replacing what was kept about their questions. */
    void put(List<Solution> solutions) {
        if (solutions.isEmpty()) return;
        db.sql("""
                insert into insight_solutions (question_id, space_id, tags, posted_at)
                select id, space, string_to_array(tags, chr(31)), posted from unnest(:ids, :spaces, :tags, :posted)
                    as s (id, space, tags, posted)
                on conflict (question_id) do update
                set space_id = excluded.space_id, tags = excluded.tags, posted_at = excluded.posted_at""")
                .param("ids", solutions.stream().map(Solution::questionId).toArray(Long[]::new))
                .param("spaces", solutions.stream().map(Solution::spaceId).toArray(Long[]::new))
                // Arrays of arrays must be rectangular in SQL: each solution's tags travel as one joined text.
                .param("tags", solutions.stream().map(s -> String.join("\u001f", s.tags())).toArray(String[]::new))
                .param("posted", solutions.stream().map(s -> Timestamp.from(s.postedAt())).toArray(Timestamp[]::new))
                .update();
    }

    void clear() {
        db.sql("delete from insight_solutions").update();
    }

    /**
     * Of the solutions in the scope's spaces and tag posted before {@code end}: how many, how many of them
     * before {@code old}, and how many at or after each of the ages' first instants.
     */
    Ages ages(Scope scope, Instant end, Instant old, Instant months3, Instant months6, Instant months12, Instant months24) {
        return db.sql("""
                select count(*), count(*) filter (where posted_at < :old),
                       count(*) filter (where posted_at >= :m3), count(*) filter (where posted_at >= :m6),
                       count(*) filter (where posted_at >= :m12), count(*) filter (where posted_at >= :m24)
                from insight_solutions
                where space_id = any(:spaces) and posted_at < :end and (:tag = '' or :tag = any(tags))""")
                .param("spaces", scope.spaceArray()).param("tag", scope.tagKey()).param("end", Timestamp.from(end))
                .param("old", Timestamp.from(old)).param("m3", Timestamp.from(months3))
                .param("m6", Timestamp.from(months6)).param("m12", Timestamp.from(months12))
                .param("m24", Timestamp.from(months24))
                .query((rs, n) -> new Ages(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).single();
    }

    /** Solutions counted, those older than the setting, and those younger than 3, 6, 12 and 24 months. */
    record Ages(long total, long old, long within3, long within6, long within12, long within24) {
    }
}
