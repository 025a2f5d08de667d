package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.muster.qa.QuestionRepository.instant;

@Repository
class CommentRepository {

    private final JdbcClient db;

    CommentRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long postId, long authorId, String body) {
        long id = db.sql("insert into comments (post_id, author_id, body) values (:post, :author, :body) returning id")
                .param("post", postId).param("author", authorId).param("body", body)
                .query(Long.class).single();
        db.sql("update posts set comment_count = comment_count + 1 where id = :post").param("post", postId).update();
        return id;
    }

    Optional<Comment> find(long id) {
        return db.sql("select id, post_id, author_id, body, created_at, deleted_at, source_author, held from comments where id = :id")
                .param("id", id).query((rs, row) -> comment(rs)).optional();
    }

    void delete(long id, long by) {
        // A held comment is out of the count already; deleting it only ends the hold.
        if (db.sql("update comments set deleted_by = :by, held = null where id = :id and held is not null")
                .param("id", id).param("by", by).update() == 1) return;
        int changed = db.sql("update comments set deleted_by = :by, deleted_at = now() where id = :id and deleted_at is null")
                .param("id", id).param("by", by).update();
        if (changed == 1)
            db.sql("update posts set comment_count = comment_count - 1 where id = (select post_id from comments where id = :id)")
                    .param("id", id).update();
    }

    void setHeld(long id, String why) {
        db.sql("""
                        update comments set held = cast(:why as text), deleted_by = null,
                               deleted_at = case when cast(:why as text) is null then null else coalesce(deleted_at, now()) end
                        where id = :id""")
                .param("id", id).param("why", why).update();
        db.sql("""
                        update posts set comment_count = (select count(*) from comments c
                                                           where c.post_id = posts.id and c.deleted_at is null)
                        where id = (select post_id from comments where id = :id)""")
                .param("id", id).update();
    }

    int redact(long id, String text, String mask) {
        return db.sql("update comments set body = replace(body, :text, :mask) where id = :id and strpos(body, :text) > 0")
                .param("id", id).param("text", text).param("mask", mask).update();
    }

    private static Comment comment(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("post_id"), (Long) rs.getObject("author_id"),
                rs.getString("body"), instant(rs, "created_at"), instant(rs, "deleted_at"), rs.getString("source_author"),
                rs.getString("held"));
    }
}
