package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

import static org.muster.qa.QuestionRepository.instant;

/** The live posts and comments of whole threads, for {@link Contributions}. */
@Repository
class ContributionRepository {

    private final JdbcClient db;

    ContributionRepository(JdbcClient db) {
        this.db = db;
    }

    List<Long> listQuestionIds(long afterId, String source, int limit) {
        return db.sql("""
                        select id from posts
                        where kind = 'question' and id > :after and (cast(:source as text) is null or source = :source)
                        order by id limit :limit""")
                .param("after", afterId).param("source", source).param("limit", limit)
                .query(Long.class).list();
    }

    long countQuestions() {
        return db.sql("select count(*) from posts where kind = 'question'").query(Long.class).single();
    }

    List<Contribution> listLive(Collection<Long> questionIds) {
        return db.sql("""
                        with question as (
                            select q.id, q.space_id, q.accepted_answer_id,
                                   coalesce((select array_agg(t.name order by t.name) from post_tags pt
                                             join tags t on t.id = pt.tag_id where pt.post_id = q.id), '{}') as tags
                            from posts q
                            where q.id = any(:ids) and q.kind = 'question' and q.deleted_at is null
                        ), post as (
                            select p.kind, p.id, q.id as question_id, q.space_id, q.tags, p.author_id, p.created_at,
                                   false as accepted, p.title || E'\\n' || p.body as text
                            from question q join posts p on p.id = q.id
                            union all
                            select p.kind, p.id, q.id, q.space_id, q.tags, p.author_id, p.created_at,
                                   coalesce(p.id = q.accepted_answer_id, false), p.body
                            from question q join posts p on p.question_id = q.id and p.kind = 'answer'
                            where p.deleted_at is null
                        )
                        select kind, id, question_id, space_id, tags, author_id, created_at, accepted, text from post
                        union all
                        select 'comment', c.id, p.question_id, p.space_id, p.tags, c.author_id, c.created_at, false, c.body
                        from post p join comments c on c.post_id = p.id
                        where c.deleted_at is null
                        order by question_id, kind, id""")
                .param("ids", questionIds.toArray(Long[]::new))
                .query((rs, row) -> new Contribution(rs.getString("kind"), rs.getLong("id"), rs.getLong("question_id"),
                        rs.getLong("space_id"), List.of((String[]) rs.getArray("tags").getArray()),
                        (Long) rs.getObject("author_id"), instant(rs, "created_at"), rs.getBoolean("accepted"),
                        rs.getString("text")))
                .list();
    }
}
