package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/** Which question is closed as a duplicate of which, as knowledge derives it from qa's events. */
@Repository
class DuplicateRepository {

    private final JdbcClient db;

    DuplicateRepository(JdbcClient db) {
        this.db = db;
    }

    void save(long questionId, long duplicateOf) {
        db.sql("""
                        insert into knowledge_duplicates (question_id, duplicate_of) values (:question, :of)
                        on conflict (question_id) do update set duplicate_of = excluded.duplicate_of""")
                .param("question", questionId).param("of", duplicateOf).update();
    }

    /**
     * Links a question to the original of the earlier one it asks again (that one itself when it is no
     * duplicate), unless it is linked already: a moderator's close says more than a likeness.
     */
    void saveNear(long questionId, long earlier) {
        db.sql("""
                        insert into knowledge_duplicates (question_id, duplicate_of)
                        select :question, coalesce((select duplicate_of from knowledge_duplicates where question_id = :earlier), :earlier)
                        on conflict (question_id) do nothing""")
                .param("question", questionId).param("earlier", earlier).update();
    }

    /** The questions that duplicated {@code former} now duplicate {@code chosen}, as Q&A moved them. */
    void moveCluster(long former, long chosen) {
        db.sql("update knowledge_duplicates set duplicate_of = :chosen where duplicate_of = :former and question_id <> :chosen")
                .param("former", former).param("chosen", chosen).update();
    }

    void delete(long questionId) {
        db.sql("delete from knowledge_duplicates where question_id = :question").param("question", questionId).update();
    }

    /** The questions closed as duplicates of these, in id order. */
    List<Long> listDuplicatesOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return List.of();
        return db.sql("select question_id from knowledge_duplicates where duplicate_of = any(:ids) order by question_id")
                .param("ids", questionIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** A question with the questions closed as its duplicates. */
    record Cluster(long original, List<Long> duplicates) {
    }

    /**
     * The questions with the most duplicates first, leaving out those an article documents already;
     * at most {@code limit}. Grouped by the index on duplicate_of, not by comparing questions.
     */
    List<Cluster> listUndocumented(int limit) {
        return db.sql("""
                        select d.duplicate_of, array_agg(d.question_id order by d.question_id) as duplicates
                          from knowledge_duplicates d
                         where not exists (select 1 from knowledge_article_threads t where t.question_id = d.duplicate_of)
                         group by d.duplicate_of
                         order by count(*) desc, d.duplicate_of desc
                         limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Cluster(rs.getLong("duplicate_of"), List.of((Long[]) rs.getArray("duplicates").getArray())))
                .list();
    }
}
