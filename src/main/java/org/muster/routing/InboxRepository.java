package org.muster.routing;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A member's notifications as the inbox reads and marks them, and their settings per kind. */
@Repository
class InboxRepository {

    private static final String COLUMNS = """
            id, member_id, kind, question_id, post_id, comment_id, subject_id, actor_id, message_key, args, path,
            created_at, read_at""";

    private final JdbcClient db;
    private final RowMapper<Notification> rows;

    InboxRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        var arguments = new TypeReference<List<Object>>() {
        };
        this.rows = (rs, n) -> new Notification(rs.getLong("id"), rs.getLong("member_id"),
                NotificationKind.valueOf(rs.getString("kind")), (Long) rs.getObject("question_id"),
                (Long) rs.getObject("post_id"), (Long) rs.getObject("comment_id"), (Long) rs.getObject("subject_id"),
                (Long) rs.getObject("actor_id"), rs.getString("message_key"),
                json.readValue(rs.getString("args"), arguments), rs.getString("path"),
                instant(rs.getObject("created_at", OffsetDateTime.class)),
                instant(rs.getObject("read_at", OffsetDateTime.class)));
    }

    Optional<Notification> find(long memberId, long id) {
        return db.sql("select " + COLUMNS + " from notifications where id = :id and member_id = :member")
                .param("id", id).param("member", memberId)
                .query(rows).optional();
    }

    /** The newest unread notifications about questions, which the inbox folds into one line per question. */
    List<Notification> listUnreadAboutQuestions(long memberId, int limit) {
        return db.sql("select " + COLUMNS + """
                         from notifications
                        where member_id = :member and read_at is null and question_id is not null
                        order by created_at desc, id desc limit :limit""")
                .param("member", memberId).param("limit", limit)
                .query(rows).list();
    }

    /** The notifications shown one line each (read ones, and unread ones about no question), newest first, before the cursor. */
    List<Notification> listSingles(long memberId, InboxCursor before, int limit) {
        return db.sql("select " + COLUMNS + """
                         from notifications
                        where member_id = :member and (read_at is not null or question_id is null)
                          and (created_at, id) < (:at, :id)
                        order by created_at desc, id desc limit :limit""")
                .param("member", memberId).param("limit", limit)
                .param("at", OffsetDateTime.ofInstant(before.createdAt(), ZoneOffset.UTC)).param("id", before.id())
                .query(rows).list();
    }

    /** The newest unread notifications, for the header's count. */
    List<Notification> listUnread(long memberId, int limit) {
        return db.sql("select " + COLUMNS + """
                         from notifications
                        where member_id = :member and read_at is null
                        order by created_at desc, id desc limit :limit""")
                .param("member", memberId).param("limit", limit)
                .query(rows).list();
    }

    void markRead(long memberId, long id) {
        db.sql("update notifications set read_at = now() where id = :id and member_id = :member and read_at is null")
                .param("id", id).param("member", memberId).update();
    }

    void markQuestionRead(long memberId, long questionId) {
        db.sql("""
                        update notifications set read_at = now()
                         where member_id = :member and question_id = :question and read_at is null""")
                .param("member", memberId).param("question", questionId).update();
    }

    void markAllRead(long memberId) {
        db.sql("update notifications set read_at = now() where member_id = :member and read_at is null")
                .param("member", memberId).update();
    }

    Map<NotificationKind, NotificationSetting> settings(long memberId) {
        return db.sql("select kind, setting from notification_settings where member_id = :member")
                .param("member", memberId)
                .query((rs, n) -> Map.entry(NotificationKind.valueOf(rs.getString(1)),
                        NotificationSetting.valueOf(rs.getString(2).toUpperCase(Locale.ROOT))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The one place a setting changes; mail already owed for the kind follows it (none when off or in-app). */
    void saveSetting(long memberId, NotificationKind kind, NotificationSetting setting) {
        db.sql("""
                        insert into notification_settings (member_id, kind, setting) values (:member, :kind, :setting)
                        on conflict (member_id, kind) do update set setting = excluded.setting""")
                .param("member", memberId).param("kind", kind.name())
                .param("setting", setting.name().toLowerCase(Locale.ROOT)).update();
        db.sql("""
                        update notifications set mail = :owed
                        where member_id = :member and kind = :kind and mail in ('now', 'daily', 'weekly') and mail <> :owed""")
                .param("member", memberId).param("kind", kind.name()).param("owed", setting.mailOwed()).update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
