package org.muster.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Repository
class MailRepository {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;

    MailRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A mail as the worker sends it: its text, its HTML alternative if any and its own headers. */
    record Outgoing(long id, String recipient, String subject, String body, String html, Map<String, String> headers,
                    int attempts) {
    }

    long insert(String recipient, String subject, String body, String html, Map<String, String> headers, String status) {
        return db.sql("""
                        insert into mails (recipient, subject, body, html, headers, status)
                        values (:recipient, :subject, :body, :html, cast(:headers as jsonb), :status) returning id""")
                .param("recipient", recipient).param("subject", subject).param("body", body)
                .param("html", html).param("headers", json.writeValueAsString(headers))
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

    long countPending() {
        return db.sql("select count(*) from mails where status = 'pending'").query(Long.class).single();
    }

    /** Claims due mails for this node; skip locked keeps two nodes from sending the same one. */
    List<Outgoing> claimDue(int limit) {
        return db.sql("""
                        select id, recipient, subject, body, html, headers, attempts
                        from mails where status = 'pending' and next_try_at <= now()
                        order by next_try_at limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("html"), json.readValue(rs.getString("headers"), HEADERS),
                        rs.getInt("attempts")))
                .list();
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
