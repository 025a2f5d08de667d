package org.muster.qa;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class QuestionRepository {

    private static final String COLUMNS = """
            p.id, p.space_id, p.author_id, p.title, p.body, p.body_html, p.fields::text as fields, p.score,
            p.answer_count, p.comment_count, p.view_count, p.helped_count, p.accepted_answer_id, p.solved, p.status,
            p.close_reason, p.duplicate_of, p.closed_by, p.closed_at, p.locked_at, p.pinned_at, p.edited_by,
            p.edited_at, p.deleted_at, p.created_at, p.last_activity_at, p.source_author, p.source_license,
            case when p.source is not null then 'https://' || p.source || '/q/' || p.source_id end as source_url,
            p.held, p.escalated_at""";

    /** A list's row, its tags with it. */
    private static final String SUMMARY_COLUMNS = """
            p.id, p.space_id, p.title, p.score, p.answer_count, p.view_count, p.solved, p.status, p.pinned_at,
            p.author_id, p.source_author, p.created_at, p.last_activity_at,
            coalesce((select array_agg(t.name order by t.name) from post_tags pt join tags t on t.id = pt.tag_id
                      where pt.post_id = p.id), '{}') as tag_names
            """;

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;

    QuestionRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<Question> find(long id) {
        return db.sql("select " + COLUMNS + """
                        , coalesce((select array_agg(t.name order by t.name) from post_tags pt
                                    join tags t on t.id = pt.tag_id where pt.post_id = p.id), '{}') as tag_names
                        from posts p where p.id = :id and p.kind = 'question'""")
                .param("id", id)
                .query((rs, row) -> question(rs, List.of((String[]) rs.getArray("tag_names").getArray())))
                .optional();
    }

    long insert(long spaceId, long authorId, String title, String body, String html, Map<String, String> fields) {
        return db.sql("""
                        insert into posts (kind, space_id, author_id, title, body, body_html, fields)
                        values ('question', :space, :author, :title, :body, :html, cast(:fields as jsonb)) returning id""")
                .param("space", spaceId).param("author", authorId).param("title", title).param("body", body)
                .param("html", html).param("fields", json.writeValueAsString(fields))
                .query(Long.class).single();
    }

    void update(long id, String title, String body, String html, Map<String, String> fields, long editorId) {
        db.sql("""
                        update posts set title = :title, body = :body, body_html = :html, fields = cast(:fields as jsonb),
                               edited_by = :editor, edited_at = now(), last_activity_at = now()
                        where id = :id""")
                .param("id", id).param("title", title).param("body", body).param("html", html)
                .param("fields", json.writeValueAsString(fields)).param("editor", editorId)
                .update();
    }

    void close(long id, String reason, Long duplicateOf, long by) {
        db.sql("""
                        update posts set status = 'closed', close_reason = :reason, duplicate_of = :dup, closed_by = :by,
                               closed_at = now(), last_activity_at = now() where id = :id""")
                .param("id", id).param("reason", reason).param("dup", duplicateOf).param("by", by).update();
    }

    /**
     * The end of the question's duplicate chain (A duplicates B, B duplicates C: C), itself when it duplicates
     * nothing. Depth-bounded, so a cycle written by an old import cannot hang it.
     */
    long canonicalOf(long id) {
        return db.sql("""
                        with recursive chain (id, next, depth) as (
                            select p.id, p.duplicate_of, 0 from posts p where p.id = :id and p.kind = 'question'
                            union all
                            select p.id, p.duplicate_of, c.depth + 1 from chain c
                            join posts p on p.id = c.next and p.kind = 'question'
                            where c.depth < 50)
                        select coalesce((select id from chain order by depth desc limit 1), :id)""")
                .param("id", id).query(Long.class).single();
    }

    /**
     * Makes the question the canonical one of its cluster (every question whose chain ends at {@code former}): it
     * is reopened, and the others, the former canonical one among them, are closed as its duplicates.
     */
    void makeCanonical(long id, long former, long by) {
        db.sql("""
                        with recursive cluster (id, depth) as (
                            select :former::bigint, 0
                            union all
                            select p.id, c.depth + 1 from cluster c join posts p on p.duplicate_of = c.id and p.kind = 'question'
                            where c.depth < 50)
                        update posts set duplicate_of = :id, status = 'closed', close_reason = 'duplicate',
                               closed_by = coalesce(closed_by, :by), closed_at = coalesce(closed_at, now())
                        where id in (select id from cluster) and id <> :id""")
                .param("id", id).param("former", former).param("by", by).update();
        reopen(id);
    }

    /** The questions with these ids, in no order; ids of answers or of nothing are skipped. */
    List<Question> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + """
                        , coalesce((select array_agg(t.name order by t.name) from post_tags pt
                                    join tags t on t.id = pt.tag_id where pt.post_id = p.id), '{}') as tag_names
                        from posts p where p.id = any(:ids) and p.kind = 'question'""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> question(rs, List.of((String[]) rs.getArray("tag_names").getArray())))
                .list();
    }

    void reopen(long id) {
        db.sql("""
                        update posts set status = 'open', close_reason = null, duplicate_of = null, closed_by = null,
                               closed_at = null, last_activity_at = now() where id = :id""")
                .param("id", id).update();
    }

    void setLocked(long id, Long by) {
        db.sql("update posts set locked_by = :by, locked_at = case when :locked then now() end where id = :id")
                .param("id", id).param("by", by).param("locked", by != null).update();
    }

    void setPinned(long id, boolean pinned) {
        db.sql("update posts set pinned_at = case when :pinned then now() end where id = :id")
                .param("id", id).param("pinned", pinned).update();
    }

    void setAccepted(long id, Long answerId) {
        db.sql("""
                        update posts set accepted_answer_id = :answer, accepted_at = case when cast(:answer as bigint) is not null then now() end,
                               last_activity_at = now()
                        where id = :id""")
                .param("id", id).param("answer", answerId).update();
        refreshSolved(id);
    }

    /** Solved means an accepted answer or a validated one, among answers not deleted. */
    void refreshSolved(long id) {
        db.sql("""
                        update posts q set solved = exists (
                            select 1 from posts a where a.question_id = q.id and a.deleted_at is null
                               and (a.id = q.accepted_answer_id or a.validated_at is not null))
                        where q.id = :id""")
                .param("id", id).update();
    }

    void countAnswers(long id) {
        db.sql("""
                        update posts q set answer_count = (select count(*) from posts a
                                where a.question_id = q.id and a.deleted_at is null),
                               last_activity_at = now()
                        where q.id = :id""")
                .param("id", id).update();
    }

    /**
     * A page of a list; one row more than asked tells whether there is a next page. With pinned (a space's first
     * page), the space's pinned questions come first, in the same statement, and the page leaves them out.
     */
    List<QuestionSummary> list(Collection<Long> spaceIds, Long tagId, QuestionQuery query, Cursor after,
                               boolean pinned) {
        if (spaceIds.isEmpty()) return List.of();
        var order = Sort.of(query.sort());
        var sql = new StringBuilder(pinned ? """
                select id, space_id, title, score, answer_count, view_count, solved, status, pinned_at, author_id,
                       source_author, created_at, last_activity_at, tag_names
                from ((select 0 as part, row_number() over (order by p.pinned_at desc) as position,\s""" + SUMMARY_COLUMNS + """
                from posts p
                where p.kind = 'question' and p.deleted_at is null and p.space_id in (:spaces) and p.pinned_at is not null
                order by p.pinned_at desc limit 10) union all (""" : "");
        sql.append(pinned ? "select 1 as part, row_number() over (order by " + order.column() + " desc, p.id desc) as position, " : "select ")
                .append(SUMMARY_COLUMNS).append("""
                from posts p
                where p.kind = 'question' and p.deleted_at is null and p.space_id in (:spaces)""");
        var params = new HashMap<String, Object>();
        params.put("spaces", spaceIds);
        if (tagId != null) {
            sql.append(" and p.id in (select pt.post_id from post_tags pt where pt.tag_id = :tag)");
            params.put("tag", tagId);
        }
        if (query.solved() != null) {
            sql.append(" and p.solved = :solved");
            params.put("solved", query.solved());
        }
        if (pinned) sql.append(" and p.pinned_at is null");
        sql.append(order.filter());
        if (after != null) {
            sql.append(" and (").append(order.column()).append(", p.id) < (:afterValue, :afterId)");
            params.put("afterValue", order.isTime() ? Timestamp.from(Instant.ofEpochSecond(0, after.value() * 1000)) : after.value());
            params.put("afterId", after.id());
        }
        sql.append(" order by ").append(order.column()).append(" desc, p.id desc limit :limit");
        if (pinned) sql.append(")) listed order by part, position");
        params.put("limit", query.size() + 1);
        return summaries(db.sql(sql.toString()).params(params));
    }

    private List<QuestionSummary> summaries(JdbcClient.StatementSpec statement) {
        return statement.query((rs, row) -> new QuestionSummary(rs.getLong("id"), rs.getLong("space_id"),
                rs.getString("title"), List.of((String[]) rs.getArray("tag_names").getArray()), rs.getInt("score"),
                rs.getInt("answer_count"), rs.getInt("view_count"), rs.getBoolean("solved"),
                "closed".equals(rs.getString("status")), rs.getTimestamp("pinned_at") != null,
                (Long) rs.getObject("author_id"), rs.getString("source_author"), instant(rs, "created_at"),
                instant(rs, "last_activity_at"))).list();
    }

    void replaceTags(long postId, Collection<Long> tagIds) {
        db.sql("delete from post_tags where post_id = :id").param("id", postId).update();
        for (var tagId : tagIds)
            db.sql("insert into post_tags (post_id, tag_id) values (:post, :tag)")
                    .param("post", postId).param("tag", tagId).update();
    }

    /** Counts a view once per visitor per day; true when this one counted. */
    boolean recordView(long questionId, String viewer) {
        int inserted = db.sql("""
                        insert into question_views (question_id, viewer, day) values (:id, :viewer, current_date)
                        on conflict do nothing""")
                .param("id", questionId).param("viewer", viewer).update();
        if (inserted == 1)
            db.sql("update posts set view_count = view_count + 1 where id = :id").param("id", questionId).update();
        return inserted == 1;
    }

    void forgetOldViews() {
        db.sql("delete from question_views where day < current_date - 1").update();
    }

    List<Long> listUnanswered(long spaceId, Instant askedFrom, Instant askedBefore, long afterId, int limit) {
        return db.sql("""
                        select id from posts
                        where kind = 'question' and space_id = :space and answer_count = 0 and deleted_at is null
                          and escalated_at is null and status = 'open' and created_at >= :from and created_at < :before
                          and id > :after
                        order by id limit :limit""")
                .param("space", spaceId).param("from", Timestamp.from(askedFrom))
                .param("before", Timestamp.from(askedBefore)).param("after", afterId).param("limit", limit)
                .query(Long.class).list();
    }

    long countUnanswered() {
        return db.sql("""
                        select count(*) from posts
                        where kind = 'question' and answer_count = 0 and deleted_at is null and status = 'open'""")
                .query(Long.class).single();
    }

    List<Long> listStillUnanswered(Collection<Long> ids) {
        return db.sql("""
                        select id from posts
                        where kind = 'question' and id in (:ids) and answer_count = 0 and deleted_at is null
                          and escalated_at is null and status = 'open'""")
                .param("ids", ids).query(Long.class).list();
    }

    void markEscalated(long id) {
        db.sql("update posts set escalated_at = coalesce(escalated_at, now()) where id = :id and kind = 'question'")
                .param("id", id).update();
    }

    List<WatchedQuestion> listWatched(long memberId, Collection<Long> spaceIds, boolean deletedToo) {
        if (spaceIds.isEmpty()) return List.of();
        return db.sql("""
                        select p.id, p.title, p.last_activity_at
                        from watches w join posts p on p.id = w.question_id
                        where w.member_id = :m and p.space_id in (:spaces)
                          and (p.deleted_at is null or :deletedToo or (p.held is not null and p.author_id = :m))
                        order by p.last_activity_at desc, p.id desc limit 500""")
                .param("m", memberId).param("spaces", spaceIds).param("deletedToo", deletedToo)
                .query(WatchedQuestion.class).list();
    }

    void watch(long questionId, long memberId, boolean watching) {
        var sql = watching
                ? "insert into watches (question_id, member_id) values (:q, :m) on conflict do nothing"
                : "delete from watches where question_id = :q and member_id = :m";
        db.sql(sql).param("q", questionId).param("m", memberId).update();
    }

    Question question(ResultSet rs, List<String> tags) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("space_id"), (Long) rs.getObject("author_id"),
                rs.getString("title"), rs.getString("body"), rs.getString("body_html"),
                json.readValue(rs.getString("fields"), FIELDS), tags, rs.getInt("score"), rs.getInt("answer_count"),
                rs.getInt("comment_count"), rs.getInt("view_count"), rs.getInt("helped_count"),
                (Long) rs.getObject("accepted_answer_id"), rs.getBoolean("solved"), rs.getString("status"),
                rs.getString("close_reason"), (Long) rs.getObject("duplicate_of"), (Long) rs.getObject("closed_by"),
                instant(rs, "closed_at"), instant(rs, "locked_at"), instant(rs, "pinned_at"),
                (Long) rs.getObject("edited_by"), instant(rs, "edited_at"), instant(rs, "deleted_at"),
                instant(rs, "created_at"), instant(rs, "last_activity_at"), rs.getString("source_author"),
                rs.getString("source_license"), rs.getString("source_url"), rs.getString("held"),
                instant(rs, "escalated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
