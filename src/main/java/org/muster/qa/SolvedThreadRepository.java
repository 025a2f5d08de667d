package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

@Repository
class SolvedThreadRepository {

    private final JdbcClient db;

    SolvedThreadRepository(JdbcClient db) {
        this.db = db;
    }

    /** The live ones of these questions in these spaces with their live solution, accepted before validated. */
    List<SolvedThread> solved(Collection<Long> questionIds, Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) return List.of();
        return db.sql("""
                select q.id as question_id, q.space_id, q.title, a.id as answer_id, a.body_html as answer_html,
                       a.validated_at is not null as validated
                from posts q
                join lateral (select a.id, a.body_html, a.validated_at from posts a
                              where a.question_id = q.id and a.kind = 'answer' and a.deleted_at is null and a.held is null
                                and (a.id = q.accepted_answer_id or a.validated_at is not null)
                              order by a.id = q.accepted_answer_id desc, a.validated_at desc
                              limit 1) a on true
                where q.id = any(:ids) and q.kind = 'question' and q.deleted_at is null and q.held is null
                  and q.space_id = any(:spaces)""")
                .param("ids", questionIds.toArray(Long[]::new)).param("spaces", spaceIds.toArray(Long[]::new))
                .query(SolvedThread.class).list();
    }
}
