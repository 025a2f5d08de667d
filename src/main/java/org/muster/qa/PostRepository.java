package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.muster.qa.QuestionRepository.instant;

/** What questions and answers share: identity, votes, "helped", revisions, deletion. */
@Repository
class PostRepository {

    /** Enough of any post to authorize an action on it. */
    record PostRef(long id, String kind, long questionId, long spaceId, Long authorId, Instant deletedAt, String held) {
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
                        select id, kind, coalesce(question_id, id) as question_id, space_id, author_id, deleted_at, held
                        from posts where id = :id""")
                .param("id", id)
                .query((rs, row) -> new PostRef(rs.getLong("id"), rs.getString("kind"), rs.getLong("question_id"),
                        rs.getLong("space_id"), (Long) rs.getObject("author_id"), instant(rs, "deleted_at"),
                        rs.getString("held")))
                .optional();
    }

    /** A post and its question as {@link PostVisibility} judges them. */
    record ReadablePost(long id, long spaceId, Long authorId, boolean deleted, boolean held,
                        Long questionAuthorId, boolean questionDeleted, boolean questionHeld) {
    }

    record ReadableComment(long id, long postId, Long authorId, boolean deleted, boolean held) {
    }

    List<ReadablePost> listReadable(Collection<Long> ids) {
        return db.sql("""
                        select p.id, p.space_id, p.author_id, p.deleted_at is not null as deleted, p.held is not null as held,
                               q.author_id as question_author_id, q.deleted_at is not null as question_deleted,
                               q.held is not null as question_held
                        from posts p join posts q on q.id = coalesce(p.question_id, p.id)
                        where p.id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query(ReadablePost.class).list();
    }

    List<ReadableComment> listReadableComments(Collection<Long> ids) {
        return db.sql("""
                        select id, post_id, author_id, deleted_at is not null as deleted, held is not null as held
                        from comments where id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query(ReadableComment.class).list();
    }

    void updateBody(long id, String body, String html, long editorId) {
        db.sql("update posts set body = :body, body_html = :html, edited_by = :editor, edited_at = now() where id = :id")
                .param("id", id).param("body", body).param("html", html).param("editor", editorId).update();
    }

    void touch(long questionId) {
        db.sql("update posts set last_activity_at = now() where id = :id").param("id", questionId).update();
    }

    /** Deleting or restoring ends a hold: the post is now plainly deleted or plainly back. */
    void setDeleted(long id, Long by) {
        db.sql("update posts set deleted_by = :by, deleted_at = case when :on then now() end, held = null where id = :id")
                .param("id", id).param("by", by).param("on", by != null).update();
    }

    /** Takes a live post out of view for a reason ('review', 'flags'), or brings a held one back (null). */
    void setHeld(long id, String why) {
        db.sql("""
                        update posts set held = cast(:why as text), deleted_by = null,
                               deleted_at = case when cast(:why as text) is null then null else coalesce(deleted_at, now()) end
                        where id = :id""")
                .param("id", id).param("why", why).update();
    }

    /** Replaces a piece of text in the post and in every one of its revisions; returns the rows changed. */
    int redact(long id, String text, String mask, java.util.function.UnaryOperator<String> render) {
        var current = db.sql("select title, body, fields::text as fields from posts where id = :id").param("id", id)
                .query((rs, row) -> new String[]{rs.getString("title"), rs.getString("body"), rs.getString("fields")})
                .single();
        boolean inPost = contains(current, text);
        if (!inPost && revisionsContaining(id, text) == 0) return 0;
        var body = current[1].replace(text, mask);
        db.sql("""
                        update posts set title = replace(title, :text, :mask), body = :body, body_html = :html,
                               fields = cast(replace(fields::text, :jsonText, :jsonMask) as jsonb)
                        where id = :id""")
                .param("id", id).param("text", text).param("mask", mask).param("body", body)
                .param("html", render.apply(body)).param("jsonText", jsonInner(text)).param("jsonMask", jsonInner(mask))
                .update();
        return (inPost ? 1 : 0) + db.sql("""
                        update post_revisions set title = replace(title, :text, :mask), body = replace(body, :text, :mask),
                               fields = cast(replace(fields::text, :jsonText, :jsonMask) as jsonb)
                        where post_id = :id and (strpos(coalesce(title, ''), :text) > 0 or strpos(body, :text) > 0
                                                 or strpos(fields::text, :jsonText) > 0)""")
                .param("id", id).param("text", text).param("mask", mask)
                .param("jsonText", jsonInner(text)).param("jsonMask", jsonInner(mask))
                .update();
    }

    private int revisionsContaining(long id, String text) {
        return db.sql("""
                        select count(*) from post_revisions
                        where post_id = :id and (strpos(coalesce(title, ''), :text) > 0 or strpos(body, :text) > 0
                                                 or strpos(fields::text, :jsonText) > 0)""")
                .param("id", id).param("text", text).param("jsonText", jsonInner(text)).query(Integer.class).single();
    }

    private boolean contains(String[] columns, String text) {
        return (columns[0] != null && columns[0].contains(text)) || columns[1].contains(text)
                || columns[2].contains(jsonInner(text));
    }

    /** The text as it appears inside a JSON string, so a value in template fields is found too. */
    private String jsonInner(String text) {
        var quoted = json.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Posts the author has that are still up, to tell first posts from later ones. */
    int countLive(long authorId) {
        return db.sql("select count(*) from posts where author_id = :a and deleted_at is null")
                .param("a", authorId).query(Integer.class).single();
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

    /** True when this mark is new. */
    boolean markHelped(long postId, long memberId) {
        int inserted = db.sql("insert into helped_marks (post_id, member_id) values (:p, :m) on conflict do nothing")
                .param("p", postId).param("m", memberId).update();
        if (inserted == 1)
            db.sql("update posts set helped_count = helped_count + 1 where id = :p").param("p", postId).update();
        return inserted == 1;
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
