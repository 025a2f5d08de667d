package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The messages of every space's help room and the flags on them. */
@Repository
class RoomMessageRepository {

    /** One message as stored; flags: how many members flagged it. */
    record Row(long id, long spaceId, long authorId, String body, String bodyHtml, String state, Long questionId,
               Instant createdAt, int flags) {
    }

    /** A search hit: the message and how well it matched. */
    record Hit(long id, long spaceId, long authorId, String body, String bodyHtml, Instant createdAt, Long questionId) {
    }

    private static final String COLUMNS = """
            m.id, m.space_id, m.author_id, m.body, m.body_html, m.state, m.question_id, m.created_at,
            (select count(*) from knowledge_room_flags f where f.message_id = m.id)::int as flags""";

    // What a reader sees: shown and redacted messages; their own held or hidden ones; moderators everything.
    private static final String SEEN = """
            (m.state in ('shown', 'redacted') or :moderator
             or (m.state in ('held', 'hidden') and m.author_id = :memberId))""";

    private final JdbcClient db;

    RoomMessageRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long spaceId, long authorId, String body, String bodyHtml, boolean held) {
        return db.sql("""
                        insert into knowledge_room_messages (space_id, author_id, body, body_html, state)
                        values (:spaceId, :authorId, :body, :bodyHtml, :state) returning id""")
                .param("spaceId", spaceId).param("authorId", authorId).param("body", body).param("bodyHtml", bodyHtml)
                .param("state", held ? "held" : "shown")
                .query(Long.class).single();
    }

    Optional<Row> find(long spaceId, long id) {
        return db.sql("select " + COLUMNS + " from knowledge_room_messages m where m.space_id = :spaceId and m.id = :id")
                .param("spaceId", spaceId).param("id", id)
                .query(Row.class).optional();
    }

    /** The newest messages the reader sees with an id below beforeId, oldest first. */
    List<Row> listBefore(long spaceId, long beforeId, long memberId, boolean moderator, int limit) {
        return db.sql("select id, space_id, author_id, body, body_html, state, question_id, created_at, flags from (select "
                        + COLUMNS + " from knowledge_room_messages m where m.space_id = :spaceId and m.id < :before and "
                        + SEEN + " order by m.id desc limit :limit) latest order by id")
                .param("spaceId", spaceId).param("before", beforeId).param("memberId", memberId).param("moderator", moderator)
                .param("limit", limit)
                .query(Row.class).list();
    }

    /** Messages the reader sees with an id above afterId (or from fromId on, inclusive), oldest first. */
    List<Row> listAfter(long spaceId, long afterId, long memberId, boolean moderator, int limit) {
        return db.sql("select " + COLUMNS + " from knowledge_room_messages m where m.space_id = :spaceId and m.id > :after and "
                        + SEEN + " order by m.id limit :limit")
                .param("spaceId", spaceId).param("after", afterId).param("memberId", memberId).param("moderator", moderator)
                .param("limit", limit)
                .query(Row.class).list();
    }

    boolean hasBefore(long spaceId, long id, long memberId, boolean moderator) {
        return has(spaceId, "m.id < :id", id, memberId, moderator);
    }

    boolean hasAfter(long spaceId, long id, long memberId, boolean moderator) {
        return has(spaceId, "m.id > :id", id, memberId, moderator);
    }

    private boolean has(long spaceId, String side, long id, long memberId, boolean moderator) {
        return db.sql("select exists (select 1 from knowledge_room_messages m where m.space_id = :spaceId and " + side + " and "
                        + SEEN + ")")
                .param("spaceId", spaceId).param("id", id).param("memberId", memberId).param("moderator", moderator)
                .query(Boolean.class).single();
    }

    List<Row> listSelected(long spaceId, Collection<Long> ids) {
        return db.sql("select " + COLUMNS + " from knowledge_room_messages m where m.space_id = :spaceId and m.id in (:ids) order by m.id")
                .param("spaceId", spaceId).param("ids", ids)
                .query(Row.class).list();
    }

    /** Shown messages of these rooms matching the words (web-search syntax), best first. */
    List<Hit> search(Collection<Long> spaceIds, String words, int limit) {
        return db.sql("""
                        select m.id, m.space_id, m.author_id, m.body, m.body_html, m.created_at, m.question_id
                        from knowledge_room_messages m, websearch_to_tsquery('simple', :words) q
                        where m.space_id in (:spaceIds) and m.state = 'shown' and m.search @@ q
                        order by ts_rank(m.search, q) desc, m.id desc
                        limit :limit""")
                .param("spaceIds", spaceIds).param("words", words).param("limit", limit)
                .query(Hit.class).list();
    }

    boolean insertFlag(long messageId, long memberId, String reason, String note) {
        return db.sql("""
                        insert into knowledge_room_flags (message_id, member_id, reason, note)
                        values (:messageId, :memberId, :reason, :note) on conflict do nothing""")
                .param("messageId", messageId).param("memberId", memberId).param("reason", reason).param("note", note)
                .update() == 1;
    }

    void updateState(long id, String state, long moderatorId, String reason) {
        db.sql("""
                        update knowledge_room_messages
                        set state = :state, moderated_by = :moderatorId, moderation_reason = :reason, moderated_at = now()
                        where id = :id""")
                .param("id", id).param("state", state).param("moderatorId", moderatorId).param("reason", reason)
                .update();
    }

    /** Privacy: a redacted message's text is gone from the database, not only from the page. */
    void erase(long id) {
        db.sql("update knowledge_room_messages set body = '', body_html = '' where id = :id").param("id", id).update();
    }

    void markConverted(Collection<Long> ids, long questionId) {
        db.sql("update knowledge_room_messages set question_id = :questionId where id in (:ids)")
                .param("questionId", questionId).param("ids", ids).update();
    }
}
