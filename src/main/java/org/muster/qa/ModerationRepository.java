package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.muster.qa.QuestionRepository.instant;

/** The reads the review queue needs from posts, one statement per page. */
@Repository
class ModerationRepository {

    private final JdbcClient db;

    ModerationRepository(JdbcClient db) {
        this.db = db;
    }

    List<ModeratedPost> posts(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("""
                        select p.id, p.kind, q.id as question_id, p.space_id, p.author_id, q.title, p.body, p.held,
                               p.deleted_at, q.status, q.locked_at, p.created_at,
                               coalesce((select array_agg(t.name order by t.name) from post_tags pt
                                         join tags t on t.id = pt.tag_id where pt.post_id = q.id), '{}') as tag_names
                        from posts p join posts q on q.id = coalesce(p.question_id, p.id)
                        where p.id in (:ids)""")
                .param("ids", ids)
                .query((rs, row) -> new ModeratedPost(rs.getLong("id"), rs.getString("kind"), rs.getLong("question_id"),
                        rs.getLong("space_id"), (Long) rs.getObject("author_id"), rs.getString("title"),
                        rs.getString("body"), List.of((String[]) rs.getArray("tag_names").getArray()),
                        rs.getString("held"), rs.getTimestamp("deleted_at") != null,
                        "closed".equals(rs.getString("status")), rs.getTimestamp("locked_at") != null,
                        instant(rs, "created_at")))
                .list();
    }

    /** Live answers per author in these spaces; an author without any is left out. */
    Map<Long, Integer> answerCounts(Collection<Long> authorIds, Collection<Long> spaceIds) {
        var counts = new HashMap<Long, Integer>();
        if (authorIds.isEmpty() || spaceIds.isEmpty()) return counts;
        db.sql("""
                        select author_id, count(*)::int from posts
                        where author_id in (:ids) and space_id = any(:spaces) and kind = 'answer' and deleted_at is null
                        group by author_id""")
                .param("ids", authorIds).param("spaces", spaceIds.toArray(Long[]::new))
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    /** Over every space, or with {@code spaceIds} over those only. */
    Map<Long, AuthorRecord> authorRecords(Collection<Long> authorIds, Collection<Long> spaceIds) {
        var records = new HashMap<Long, AuthorRecord>();
        if (authorIds.isEmpty()) return records;
        db.sql("""
                        select p.author_id,
                               count(*) filter (where p.kind = 'question' and p.deleted_at is null) as questions,
                               count(*) filter (where p.kind = 'answer' and p.deleted_at is null) as answers,
                               count(*) filter (where p.deleted_at is not null) as deleted,
                               count(*) filter (where p.kind = 'answer' and p.deleted_at is null and exists (
                                   select 1 from posts q where q.accepted_answer_id = p.id)) as accepted
                        from posts p where p.author_id in (:ids)
                          and (cast(:spaces as bigint[]) is null or p.space_id = any(cast(:spaces as bigint[])))
                        group by p.author_id""")
                .param("ids", authorIds).param("spaces", spaceIds == null ? null : spaceIds.toArray(Long[]::new))
                .query((rs, row) -> records.put(rs.getLong("author_id"), new AuthorRecord(rs.getLong("author_id"),
                        rs.getInt("questions"), rs.getInt("answers"), rs.getInt("deleted"), rs.getInt("accepted"))))
                .list();
        for (var id : authorIds) records.putIfAbsent(id, new AuthorRecord(id, 0, 0, 0, 0));
        return records;
    }
}
