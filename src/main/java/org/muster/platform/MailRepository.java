package org.muster.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

@Repository
class MailRepository {

    private final JdbcClient db;

    MailRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(String recipient, String subject, String body, String status) {
        return db.sql("""
                        insert into mails (recipient, subject, body, status)
                        values (:recipient, :subject, :body, :status) returning id""")
                .param("recipient", recipient).param("subject", subject).param("body", body)
                .param("status", status)
                .query(Long.class).single();
    }

    List<Mail> listNewest(int limit, long beforeId) {
        return db.sql("""
                        select id, recipient, subject, body, status, attempts, last_error, created_at, sent_at
                        from mails where id < :before order by id desc limit :limit""")
                .param("before", beforeId).param("limit", limit)
                .query(Mail.class).list();
    }

    /** Claims due mails for this node; skip locked keeps two nodes from sending the same one. */
    List<Mail> claimDue(int limit) {
        return db.sql("""
                        select id, recipient, subject, body, status, attempts, last_error, created_at, sent_at
                        from mails where status = 'pending' and next_try_at <= now()
                        order by next_try_at limit :limit for update skip locked""")
                .param("limit", limit)
                .query(Mail.class).list();
    }

    void markSent(long id) {
        db.sql("update mails set status = 'sent', sent_at = now(), attempts = attempts + 1 where id = :id")
                .param("id", id).update();
    }

    void markFailed(long id, String error, Instant nextTry, boolean giveUp) {
        db.sql("""
                        update mails set attempts = attempts + 1, last_error = :error, next_try_at = :next,
                               status = case when :giveUp then 'failed' else status end
                        where id = :id""")
                .param("id", id).param("error", error).param("next", java.sql.Timestamp.from(nextTry))
                .param("giveUp", giveUp)
                .update();
    }
}
