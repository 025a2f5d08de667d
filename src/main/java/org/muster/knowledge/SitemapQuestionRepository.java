package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@Repository
class SitemapQuestionRepository {

    private final JdbcClient db;

    SitemapQuestionRepository(JdbcClient db) {
        this.db = db;
    }

    long count() {
        return db.sql("select count(*) from knowledge_sitemap_questions").query(Long.class).single();
    }

    List<SitemapSource.SitemapPage> list(long offset, int limit) {
        return db.sql("""
                        select path, last_modified from knowledge_sitemap_questions
                        order by question_id offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new SitemapSource.SitemapPage(rs.getString("path"),
                        rs.getTimestamp("last_modified").toInstant())).list();
    }

    /** Lists a question or moves its entry; its last change only moves forward (a replay keeps the latest). */
    void upsert(long questionId, long spaceId, String path, Instant lastModified) {
        db.sql("""
                        insert into knowledge_sitemap_questions (question_id, space_id, path, last_modified)
                        values (:id, :space, :path, :modified)
                        on conflict (question_id) do update set space_id = excluded.space_id, path = excluded.path,
                            last_modified = greatest(knowledge_sitemap_questions.last_modified, excluded.last_modified)""")
                .param("id", questionId).param("space", spaceId).param("path", path)
                .param("modified", java.sql.Timestamp.from(lastModified)).update();
    }

    void delete(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return;
        db.sql("delete from knowledge_sitemap_questions where question_id = any(:ids)")
                .param("ids", questionIds.toArray(Long[]::new)).update();
    }

    void deleteSpace(long spaceId) {
        db.sql("delete from knowledge_sitemap_questions where space_id = :space").param("space", spaceId).update();
    }
}
