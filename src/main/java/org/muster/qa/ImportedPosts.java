package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.muster.qa.QuestionRepository.instant;

/**
 * Imported posts in id order, for modules that derive figures from them (reputation). Read without a
 * reader's checks, so in {@code qa :: unchecked}, which only moderation and recognition list.
 */
@Service
@NamedInterface("unchecked")
public class ImportedPosts {

    private final JdbcClient db;

    ImportedPosts(JdbcClient db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<ImportedPost> batchAfter(String source, long afterId, int limit) {
        return db.sql("""
                        select p.id, p.kind, q.id as question_id, p.space_id, p.author_id, p.up_votes, p.down_votes,
                               (q.accepted_answer_id = p.id) as accepted, p.created_at,
                               coalesce((select array_agg(t.name order by t.name) from post_tags pt
                                         join tags t on t.id = pt.tag_id where pt.post_id = q.id), '{}') as tag_names
                        from posts p join posts q on q.id = coalesce(p.question_id, p.id)
                        where p.source = :source and p.id > :after and p.deleted_at is null
                        order by p.id limit :limit""")
                .param("source", source).param("after", afterId).param("limit", limit)
                .query((rs, row) -> new ImportedPost(rs.getLong("id"), rs.getString("kind"), rs.getLong("question_id"),
                        rs.getLong("space_id"), (Long) rs.getObject("author_id"),
                        List.of((String[]) rs.getArray("tag_names").getArray()), rs.getInt("up_votes"),
                        rs.getInt("down_votes"), rs.getBoolean("accepted"), instant(rs, "created_at")))
                .list();
    }
}
