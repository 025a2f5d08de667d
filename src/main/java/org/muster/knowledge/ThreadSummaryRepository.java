package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class ThreadSummaryRepository {

    private final JdbcClient db;

    ThreadSummaryRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<ThreadSummary> find(long questionId) {
        return db.sql("""
                        select question_id, body, body_html, confirmation, edited_by, edited_at, outdated, updated_at
                        from knowledge_thread_summaries where question_id = :id""")
                .param("id", questionId).query(ThreadSummary.class).optional();
    }

    Optional<String> solutionOf(long questionId) {
        return db.sql("select solution from knowledge_thread_summaries where question_id = :id")
                .param("id", questionId).query(String.class).optional();
    }

    /**
     * The computed summary: it replaces the text of one nobody edited; an edited one keeps its text and is
     * marked outdated once the solution it was written for changes.
     */
    void store(long questionId, String body, String bodyHtml, String solution, String confirmation) {
        db.sql("""
                        insert into knowledge_thread_summaries (question_id, body, body_html, solution, confirmation)
                        values (:id, :body, :html, :solution, :confirmation)
                        on conflict (question_id) do update set
                            body = case when knowledge_thread_summaries.edited_by is null then excluded.body
                                        else knowledge_thread_summaries.body end,
                            body_html = case when knowledge_thread_summaries.edited_by is null then excluded.body_html
                                             else knowledge_thread_summaries.body_html end,
                            outdated = knowledge_thread_summaries.outdated or (knowledge_thread_summaries.edited_by is not null
                                       and knowledge_thread_summaries.solution <> excluded.solution),
                            solution = excluded.solution, confirmation = excluded.confirmation, updated_at = now()
                        where knowledge_thread_summaries.body is distinct from excluded.body
                           or knowledge_thread_summaries.solution is distinct from excluded.solution
                           or knowledge_thread_summaries.confirmation is distinct from excluded.confirmation""")
                .param("id", questionId).param("body", body).param("html", bodyHtml).param("solution", solution)
                .param("confirmation", confirmation).update();
    }

    void updateEdited(long questionId, String body, String bodyHtml, long editedBy) {
        db.sql("""
                        update knowledge_thread_summaries set body = :body, body_html = :html, edited_by = :by,
                               edited_at = now(), outdated = false, updated_at = now()
                        where question_id = :id""")
                .param("id", questionId).param("body", body).param("html", bodyHtml).param("by", editedBy).update();
    }

    void delete(long questionId) {
        db.sql("delete from knowledge_thread_summaries where question_id = :id").param("id", questionId).update();
    }

    java.util.List<Long> listQuestionIds(long afterId, int limit) {
        return db.sql("""
                        select question_id from knowledge_thread_summaries where question_id > :after
                        order by question_id limit :limit""")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }
}
