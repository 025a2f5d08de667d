package org.muster.qa;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.muster.qa.QuestionRepository.instant;

@Repository
class AnswerRepository {

    private static final String COLUMNS = """
            a.id, a.question_id, a.author_id, a.body, a.body_html, a.score, a.helped_count, a.comment_count,
            a.validated_by, a.validated_at, a.edited_by, a.edited_at, a.deleted_at, a.created_at, a.source_author,
            a.source_license, case when a.source is not null then 'https://' || a.source || '/a/' || a.source_id end as source_url,
            a.held""";

    static final RowMapper<Answer> ANSWER = (rs, row) -> new Answer(rs.getLong("id"), rs.getLong("question_id"),
            (Long) rs.getObject("author_id"), rs.getString("body"), rs.getString("body_html"), rs.getInt("score"),
            rs.getInt("helped_count"), rs.getInt("comment_count"), (Long) rs.getObject("validated_by"),
            instant(rs, "validated_at"), (Long) rs.getObject("edited_by"), instant(rs, "edited_at"),
            instant(rs, "deleted_at"), instant(rs, "created_at"), rs.getString("source_author"),
            rs.getString("source_license"), rs.getString("source_url"), rs.getString("held"));

    private final JdbcClient db;

    AnswerRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Answer> find(long id) {
        return db.sql("select " + COLUMNS + " from posts a where a.id = :id and a.kind = 'answer'")
                .param("id", id).query(ANSWER).optional();
    }

    long insert(long questionId, long spaceId, long authorId, String body, String html) {
        return db.sql("""
                        insert into posts (kind, question_id, space_id, author_id, body, body_html)
                        values ('answer', :q, :space, :author, :body, :html) returning id""")
                .param("q", questionId).param("space", spaceId).param("author", authorId)
                .param("body", body).param("html", html)
                .query(Long.class).single();
    }

    void setValidated(long id, Long by) {
        db.sql("update posts set validated_by = :by, validated_at = case when :on then now() end where id = :id")
                .param("id", id).param("by", by).param("on", by != null).update();
    }

    /**
     * The live, released accepted and validated answers of these live, released questions in these spaces,
     * each question's accepted answer first.
     */
    List<Answer> listSolutions(Collection<Long> questionIds, Collection<Long> spaceIds) {
        return db.sql("select " + COLUMNS + """
                         from posts a join posts q on q.id = a.question_id
                        where q.id = any(:ids) and q.kind = 'question' and q.deleted_at is null and q.held is null
                          and q.space_id = any(:spaces) and a.kind = 'answer' and a.deleted_at is null and a.held is null
                          and (a.id = q.accepted_answer_id or a.validated_at is not null)
                        order by a.question_id, a.id = q.accepted_answer_id desc, a.score desc, a.id""")
                .param("ids", questionIds.toArray(Long[]::new)).param("spaces", spaceIds.toArray(Long[]::new))
                .query(ANSWER).list();
    }
}
