package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.muster.qa.QuestionRepository.instant;

/** What questions and answers share: identity, votes, "helped", revisions, deletion. */
@Repository
class PostRepository {

    /** Enough of any post to authorize an action on it. */
    record PostRef(long id, String kind, long questionId, long spaceId, Long authorId, Instant deletedAt) {
        boolean isQuestion() {
            return "question".equals(kind);
        }
    }

    private final JdbcClient db;
    private final JsonMapper json;

    PostRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<PostRef> find(long id) {
        return db.sql("""
                        select id, kind, coalesce(question_id, id) as question_id, space_id, author_id, deleted_at
                        from posts where id = :id""")
                .param("id", id)
                .query((rs, row) -> new PostRef(rs.getLong("id"), rs.getString("kind"), rs.getLong("question_id"),
                        rs.getLong("space_id"), (Long) rs.getObject("author_id"), instant(rs, "deleted_at")))
                .optional();
    }

    void updateBody(long id, String body, String html, long editorId) {
        db.sql("update posts set body = :body, body_html = :html, edited_by = :editor, edited_at = now() where id = :id")
                .param("id", id).param("body", body).param("html", html).param("editor", editorId).update();
    }

    void touch(long questionId) {
        db.sql("update posts set last_activity_at = now() where id = :id").param("id", questionId).update();
    }

    void setDeleted(long id, Long by) {
        db.sql("update posts set deleted_by = :by, deleted_at = case when :on then now() end where id = :id")
                .param("id", id).param("by", by).param("on", by != null).update();
    }

    /** The member's current vote on the post (0 for none), locked until the transaction ends. */
    int lockVote(long postId, long memberId) {
        db.sql("select id from posts where id = :id for update").param("id", postId).query(Long.class).single();
        return db.sql("select value from votes where post_id = :p and member_id = :m")
                .param("p", postId).param("m", memberId).query(Integer.class).optional().orElse(0);
    }

    void setVote(long postId, long memberId, int previous, int value) {
        if (value == 0) {
            db.sql("delete from votes where post_id = :p and member_id = :m").param("p", postId).param("m", memberId).update();
        } else {
            db.sql("""
                            insert into votes (post_id, member_id, value) values (:p, :m, :v)
                            on conflict (post_id, member_id) do update set value = :v, updated_at = now()""")
                    .param("p", postId).param("m", memberId).param("v", value).update();
        }
        db.sql("""
                        update posts set score = score + :delta,
                               up_votes = up_votes + (case when :v = 1 then 1 else 0 end) - (case when :old = 1 then 1 else 0 end),
                               down_votes = down_votes + (case when :v = -1 then 1 else 0 end) - (case when :old = -1 then 1 else 0 end)
                        where id = :p""")
                .param("p", postId).param("delta", value - previous).param("v", value).param("old", previous).update();
    }

    int score(long postId) {
        return db.sql("select score from posts where id = :id").param("id", postId).query(Integer.class).single();
    }

    Map<Long, Integer> votesOf(long memberId, Collection<Long> postIds) {
        var votes = new HashMap<Long, Integer>();
        if (postIds.isEmpty()) return votes;
        db.sql("select post_id, value from votes where member_id = :m and post_id in (:ids)")
                .param("m", memberId).param("ids", postIds)
                .query((rs, row) -> votes.put(rs.getLong("post_id"), rs.getInt("value"))).list();
        return votes;
    }

    /** True when this mark is new. */
    boolean markHelped(long postId, long memberId) {
        int inserted = db.sql("insert into helped_marks (post_id, member_id) values (:p, :m) on conflict do nothing")
                .param("p", postId).param("m", memberId).update();
        if (inserted == 1)
            db.sql("update posts set helped_count = helped_count + 1 where id = :p").param("p", postId).update();
        return inserted == 1;
    }

    Set<Long> helpedBy(long memberId, Collection<Long> postIds) {
        if (postIds.isEmpty()) return Set.of();
        return new HashSet<>(db.sql("select post_id from helped_marks where member_id = :m and post_id in (:ids)")
                .param("m", memberId).param("ids", postIds).query(Long.class).list());
    }

    int addRevision(long postId, Long authorId, String title, String body, List<String> tags,
                    Map<String, String> fields, String comment) {
        return db.sql("""
                        insert into post_revisions (post_id, revision, author_id, title, body, tags, fields, comment)
                        values (:post, (select coalesce(max(revision), 0) + 1 from post_revisions where post_id = :post),
                                :author, :title, :body, :tags, cast(:fields as jsonb), :comment)
                        returning revision""")
                .param("post", postId).param("author", authorId).param("title", title).param("body", body)
                .param("tags", tags.toArray(String[]::new)).param("fields", json.writeValueAsString(fields))
                .param("comment", comment == null ? "" : comment)
                .query(Integer.class).single();
    }

    List<Revision> revisions(long postId) {
        return db.sql("""
                        select post_id, revision, author_id, title, body, tags, fields::text as fields, comment, created_at
                        from post_revisions where post_id = :id order by revision""")
                .param("id", postId)
                .query((rs, row) -> new Revision(rs.getLong("post_id"), rs.getInt("revision"),
                        (Long) rs.getObject("author_id"), rs.getString("title"), rs.getString("body"),
                        List.of((String[]) rs.getArray("tags").getArray()), rs.getString("fields"),
                        rs.getString("comment"), instant(rs, "created_at")))
                .list();
    }
}
