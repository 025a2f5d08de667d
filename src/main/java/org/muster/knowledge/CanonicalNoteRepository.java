package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
class CanonicalNoteRepository {

    private static final String COLUMNS = """
            answer_id, question_id, applies_to, review_on, verified_by, verified_at, outdated_by, outdated_at,
            newer_answer_id, review_asked_for""";

    private final JdbcClient db;

    CanonicalNoteRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<StoredCanonicalNote> find(long answerId) {
        return db.sql("select " + COLUMNS + " from knowledge_canonical_notes where answer_id = :answer")
                .param("answer", answerId).query(StoredCanonicalNote.class).optional();
    }

    List<StoredCanonicalNote> listOfQuestion(long questionId) {
        return db.sql("select " + COLUMNS + " from knowledge_canonical_notes where question_id = :question")
                .param("question", questionId).query(StoredCanonicalNote.class).list();
    }

    /** Notes whose review date is on or before the day, or outdated ones, review date first. */
    List<StoredCanonicalNote> listDueOrOutdated(LocalDate day, int limit) {
        return db.sql("select " + COLUMNS + """
                         from knowledge_canonical_notes
                        where outdated_at is not null or review_on <= :day
                        order by outdated_at is not null, review_on nulls last, outdated_at desc, answer_id
                        limit :limit""")
                .param("day", day).param("limit", limit).query(StoredCanonicalNote.class).list();
    }

    /**
     * Notes whose review date has come and whose champions have not been asked about that date yet; marked as
     * asked in the same statement, so a second run (or a second node, after the first committed) finds none.
     */
    List<StoredCanonicalNote> takeNewlyDue(LocalDate day) {
        return db.sql("""
                        update knowledge_canonical_notes set review_asked_for = review_on
                        where outdated_at is null and review_on <= :day
                          and review_asked_for is distinct from review_on
                        returning\s""" + COLUMNS)
                .param("day", day).query(StoredCanonicalNote.class).list();
    }

    void upsert(long answerId, long questionId, String appliesTo, LocalDate reviewOn, long by) {
        db.sql("""
                        insert into knowledge_canonical_notes (answer_id, question_id, applies_to, review_on, updated_by)
                        values (:answer, :question, :appliesTo, :reviewOn, :by)
                        on conflict (answer_id) do update set question_id = excluded.question_id,
                               applies_to = excluded.applies_to, review_on = excluded.review_on,
                               updated_by = excluded.updated_by, updated_at = now()""")
                .param("answer", answerId).param("question", questionId).param("appliesTo", appliesTo)
                .param("reviewOn", reviewOn).param("by", by).update();
    }

    /** Verified now by the member: the next review date, and no longer outdated. */
    void verify(long answerId, long questionId, LocalDate reviewOn, long by) {
        db.sql("""
                        insert into knowledge_canonical_notes (answer_id, question_id, review_on, verified_by, verified_at, updated_by)
                        values (:answer, :question, :reviewOn, :by, now(), :by)
                        on conflict (answer_id) do update set review_on = excluded.review_on, verified_by = excluded.verified_by,
                               verified_at = excluded.verified_at, outdated_by = null, outdated_at = null,
                               newer_answer_id = null, updated_by = excluded.updated_by, updated_at = now()""")
                .param("answer", answerId).param("question", questionId).param("reviewOn", reviewOn).param("by", by)
                .update();
    }

    void markOutdated(long answerId, long questionId, Long newerAnswerId, long by) {
        db.sql("""
                        insert into knowledge_canonical_notes (answer_id, question_id, outdated_by, outdated_at, newer_answer_id, updated_by)
                        values (:answer, :question, :by, now(), :newer, :by)
                        on conflict (answer_id) do update set outdated_by = excluded.outdated_by,
                               outdated_at = excluded.outdated_at, newer_answer_id = excluded.newer_answer_id,
                               updated_by = excluded.updated_by, updated_at = now()""")
                .param("answer", answerId).param("question", questionId).param("newer", newerAnswerId).param("by", by)
                .update();
    }
}
