package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.muster.qa.QuestionRepository.instant;

/**
 * The support facts of live questions, by batch of ids or walking them in id order, for the figures
 * insights derives. Read without a reader's checks (the figures' readers are checked there), so in
 * {@code qa :: facts}, which only insights lists.
 */
@Repository
@NamedInterface("facts")
public class QuestionFacts {

    /**
     * The questions chosen by {@code %s} (a where clause over posts q), then their threads' facts: each
     * part grouped by question once, so a batch costs its threads' rows, not their product.
     */
    private static final String FACTS = """
            with q as (
                select q.id, q.space_id, q.author_id, q.created_at, q.escalated_at, q.accepted_at, q.accepted_answer_id,
                       q.closed_by, q.locked_by, q.edited_by
                from posts q where q.kind = 'question' and q.deleted_at is null and %s
            ),
            answers as (
                select a.id, a.question_id, a.author_id, a.created_at, a.validated_at, a.validated_by, a.deleted_at, a.deleted_by
                from posts a where a.question_id in (select id from q)
            ),
            thread_comments as (
                select coalesce(a.question_id, c.post_id) as question_id, c.author_id, c.created_at, c.deleted_by,
                       (c.deleted_at is null and a.deleted_at is null) as live
                from comments c left join answers a on a.id = c.post_id
                where c.post_id in (select id from q union all select id from answers)
            ),
            first_responses as (
                select distinct on (x.question_id) x.question_id, x.created_at, x.author_id
                from (select question_id, author_id, created_at from answers where deleted_at is null
                      union all
                      select question_id, author_id, created_at from thread_comments where live) x
                join q on q.id = x.question_id
                where x.author_id is not null and x.author_id is distinct from q.author_id
                order by x.question_id, x.created_at, x.author_id
            ),
            validations as (
                select a.question_id, min(a.validated_at) as validated_at
                from answers a join q on q.id = a.question_id
                where a.deleted_at is null and a.validated_at is not null
                  and a.author_id is not null and a.author_id is distinct from q.author_id
                group by a.question_id
            ),
            people as (
                select s.question_id, array_agg(distinct s.member_id order by s.member_id) as people
                from (select question_id, author_id as member_id from answers where deleted_at is null
                      union all
                      select question_id, validated_by from answers where deleted_at is null
                      union all
                      select question_id, deleted_by from answers where deleted_by is distinct from author_id
                      union all
                      select question_id, author_id from thread_comments where live
                      union all
                      select question_id, deleted_by from thread_comments where deleted_by is distinct from author_id
                      union all
                      select id, unnest(array[closed_by, locked_by, edited_by]) from q) s
                join q on q.id = s.question_id
                where s.member_id is not null and s.member_id is distinct from q.author_id
                group by s.question_id
            )
            select q.id, q.space_id, q.author_id, q.created_at, q.escalated_at,
                   coalesce((select array_agg(t.name order by t.name) from post_tags pt
                             join tags t on t.id = pt.tag_id where pt.post_id = q.id), '{}') as tag_names,
                   r.created_at as first_response_at, r.author_id as first_responder_id,
                   (select coalesce(q.accepted_at, a.created_at) from posts a
                    where a.id = q.accepted_answer_id and a.deleted_at is null
                      and a.author_id is not null and a.author_id is distinct from q.author_id) as accepted_at,
                   v.validated_at,
                   least((select min(o.created_at) from posts o
                          where o.author_id = q.author_id and o.created_at > q.created_at
                            and coalesce(o.question_id, o.id) <> q.id),
                         (select min(c.created_at) from comments c join posts cp on cp.id = c.post_id
                          where c.author_id = q.author_id and c.created_at > q.created_at
                            and coalesce(cp.question_id, cp.id) <> q.id)) as asker_returned_at,
                   coalesce(pp.people, '{}') as people
            from q
            left join first_responses r on r.question_id = q.id
            left join validations v on v.question_id = q.id
            left join people pp on pp.question_id = q.id
            order by q.id""";

    private final JdbcClient db;

    QuestionFacts(JdbcClient db) {
        this.db = db;
    }

    /** The facts of those of these questions that are live (not deleted or held); others are absent. */
    @Transactional(readOnly = true)
    public List<QuestionFact> facts(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return List.of();
        return db.sql(FACTS.formatted("q.id = any(:ids)"))
                .param("ids", questionIds.toArray(Long[]::new))
                .query(QuestionFacts::fact).list();
    }

    /** Live questions by id above {@code afterId}, in one space or (null) all, for a rebuild or an import. */
    @Transactional(readOnly = true)
    public List<QuestionFact> batchAfter(Long spaceId, long afterId, int limit) {
        return db.sql(FACTS.formatted("""
                        q.id > :after and (cast(:space as bigint) is null or q.space_id = :space)
                        order by q.id limit :limit"""))
                .param("space", spaceId).param("after", afterId).param("limit", limit)
                .query(QuestionFacts::fact).list();
    }

    /** How many live questions there are: what a rebuild goes through. */
    @Transactional(readOnly = true)
    public long count() {
        return db.sql("select count(*) from posts where kind = 'question' and deleted_at is null").query(Long.class).single();
    }

    private static QuestionFact fact(ResultSet rs, int row) throws SQLException {
        return new QuestionFact(rs.getLong("id"), rs.getLong("space_id"), (Long) rs.getObject("author_id"),
                List.of((String[]) rs.getArray("tag_names").getArray()), instant(rs, "created_at"),
                instant(rs, "first_response_at"), (Long) rs.getObject("first_responder_id"), instant(rs, "accepted_at"),
                instant(rs, "validated_at"), instant(rs, "escalated_at"), instant(rs, "asker_returned_at"),
                Arrays.asList((Long[]) rs.getArray("people").getArray()));
    }
}
