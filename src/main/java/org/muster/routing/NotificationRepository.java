package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Optional;

@Repository
class NotificationRepository {

    private final JdbcClient db;
    private final JsonMapper json;

    NotificationRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    long insert(Notice notice, String mail) {
        return db.sql("""
                        insert into notifications (member_id, kind, question_id, post_id, comment_id, subject_id,
                                                   actor_id, message_key, args, path, mail)
                        values (:member, :kind, :question, :post, :comment, :subject, :actor, :key,
                                cast(:args as jsonb), :path, :mail)
                        returning id""")
                .param("member", notice.memberId()).param("kind", notice.kind().name())
                .param("question", notice.questionId()).param("post", notice.postId())
                .param("comment", notice.commentId()).param("subject", notice.subjectId())
                .param("actor", notice.actorId()).param("key", notice.messageKey())
                .param("args", json.writeValueAsString(notice.args())).param("path", notice.path())
                .param("mail", mail)
                .query(Long.class).single();
    }

    /** Whether the member was already told something of this kind about this subject. */
    boolean existsAbout(long memberId, NotificationKind kind, long subjectId) {
        return db.sql("""
                        select exists (select 1 from notifications
                                       where member_id = :member and kind = :kind and subject_id = :subject)""")
                .param("member", memberId).param("kind", kind.name()).param("subject", subjectId)
                .query(Boolean.class).single();
    }

    Optional<NotificationSetting> findSetting(long memberId, NotificationKind kind) {
        return db.sql("select setting from notification_settings where member_id = :member and kind = :kind")
                .param("member", memberId).param("kind", kind.name())
                .query(String.class).optional()
                .map(s -> NotificationSetting.valueOf(s.toUpperCase(Locale.ROOT)));
    }
}
