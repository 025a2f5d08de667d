package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Solved questions in bulk, for metrics: read without a reader's checks, as the caller keeps to the
 * spaces its reader may see. A question is solved while it is live and has a live accepted or
 * staff-validated answer; imported questions count with the dates they had where they came from.
 */
@Service
@NamedInterface("api")
public class Solutions {

    private static final String SOLVED = """
            select q.id, q.space_id, s.posted_at,
                   coalesce((select array_agg(t.name order by t.name) from post_tags pt
                             join tags t on t.id = pt.tag_id where pt.post_id = q.id), '{}') as tag_names
            from posts q
            join lateral (select max(a.created_at) as posted_at from posts a
                          where a.question_id = q.id and a.kind = 'answer' and a.deleted_at is null
                            and (a.id = q.accepted_answer_id or a.validated_at is not null)) s on s.posted_at is not null
            where q.kind = 'question' and q.deleted_at is null""";

    private final JdbcClient db;

    Solutions(JdbcClient db) {
        this.db = db;
    }

    /** The solutions of those of these questions that are solved now. */
    @Transactional(readOnly = true)
    public List<Solution> of(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return List.of();
        return db.sql(SOLVED + " and q.id = any(:ids)").param("ids", questionIds.toArray(Long[]::new))
                .query((rs, n) -> solution(rs)).list();
    }

    /** The next solutions by question id after {@code afterId}, in one space or (null) all: a recompute's pages. */
    @Transactional(readOnly = true)
    public List<Solution> after(long afterId, Long spaceId, int limit) {
        return db.sql(SOLVED + " and q.id > :after and (cast(:space as bigint) is null or q.space_id = :space) order by q.id limit :limit")
                .param("after", afterId).param("space", spaceId).param("limit", limit)
                .query((rs, n) -> solution(rs)).list();
    }

    /** How many questions are solved now, for a recompute's progress. */
    @Transactional(readOnly = true)
    public long count() {
        return db.sql("select count(*) from (" + SOLVED + ") solved").query(Long.class).single();
    }

    private static Solution solution(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Solution(rs.getLong("id"), rs.getLong("space_id"), List.of((String[]) rs.getArray("tag_names").getArray()),
                rs.getTimestamp("posted_at").toInstant());
    }
}
