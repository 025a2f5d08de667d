package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/** The mail notifications still owe, and what was mailed when: the hour's folds and the digests done. */
@Repository
class NotificationMailRepository {

    private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;

    NotificationMailRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Members with mail of this sort ("now", "daily", "weekly") owed, a page after a member id: a job
     * goes through all of them, so members whose mail waits (quiet hours, the hour's fold) hold up nobody.
     */
    List<Long> membersOwing(String mail, long afterMemberId, int limit) {
        return db.sql("""
                        select distinct member_id from notifications where mail = :mail and member_id > :after
                        order by member_id limit :limit""")
                .param("mail", mail).param("after", afterMemberId).param("limit", limit)
                .query(Long.class).list();
    }

    List<Notification> owing(long memberId, String mail, Instant before) {
        return db.sql("""
                        select id, member_id, kind, question_id, post_id, comment_id, subject_id, actor_id,
                               message_key, args, path, created_at, read_at
                        from notifications where member_id = :member and mail = :mail and created_at <= :before
                        order by id""")
                .param("member", memberId).param("mail", mail).param("before", Timestamp.from(before))
                .query(this::notification).list();
    }

    void markDone(Collection<Long> ids) {
        if (ids.isEmpty()) return;
        db.sql("update notifications set mail = 'done' where id in (:ids)").param("ids", ids).update();
    }

    Set<Long> questionsMailedSince(long memberId, Instant since) {
        return new HashSet<>(db.sql("""
                        select question_id from notification_question_mails
                        where member_id = :member and mailed_at > :since""")
                .param("member", memberId).param("since", Timestamp.from(since))
                .query(Long.class).list());
    }

    void recordQuestionMailed(long memberId, long questionId, Instant at) {
        db.sql("""
                        insert into notification_question_mails (member_id, question_id, mailed_at)
                        values (:member, :question, :at)
                        on conflict (member_id, question_id) do update set mailed_at = excluded.mailed_at""")
                .param("member", memberId).param("question", questionId).param("at", Timestamp.from(at))
                .update();
    }

    /** True when this period was not done yet for the member, and now is. */
    boolean recordDigest(long memberId, String period, LocalDate localDate) {
        return db.sql("""
                        insert into notification_digests (member_id, period, local_date)
                        values (:member, :period, :date) on conflict do nothing""")
                .param("member", memberId).param("period", period).param("date", localDate)
                .update() == 1;
    }

    /** The unsubscribe key, made by whichever node first needs it. */
    String unsubscribeKey(String candidate) {
        db.sql("insert into unsubscribe_keys (id, secret) values (1, :secret) on conflict do nothing")
                .param("secret", candidate).update();
        return db.sql("select secret from unsubscribe_keys where id = 1").query(String.class).single();
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getLong("member_id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getObject("question_id", Long.class), rs.getObject("post_id", Long.class),
                rs.getObject("comment_id", Long.class), rs.getObject("subject_id", Long.class),
                rs.getObject("actor_id", Long.class), rs.getString("message_key"),
                json.readValue(rs.getString("args"), ARGS), rs.getString("path"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
    }
}
