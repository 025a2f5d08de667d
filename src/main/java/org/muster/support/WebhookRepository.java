package org.muster.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class WebhookRepository {

    private static final String ENDPOINT = "id, name, url, secret, reply_as, active, created_at";
    private static final String DELIVERY = """
            id, endpoint_id, ticket_id, event, payload::text as payload, status, attempts, next_attempt_at, last_status,
            last_error, created_at, sent_at""";

    private final JdbcClient db;

    WebhookRepository(JdbcClient db) {
        this.db = db;
    }

    long insertEndpoint(String name, String url, String secret, long replyAs) {
        return db.sql("insert into webhook_endpoints (name, url, secret, reply_as) values (:n, :u, :s, :r) returning id")
                .param("n", name).param("u", url).param("s", secret).param("r", replyAs).query(Long.class).single();
    }

    Optional<WebhookEndpoint> findEndpoint(long id) {
        return db.sql("select " + ENDPOINT + " from webhook_endpoints where id = :id").param("id", id)
                .query(WebhookEndpoint.class).optional();
    }

    List<WebhookEndpoint> endpoints() {
        return db.sql("select " + ENDPOINT + " from webhook_endpoints order by id").query(WebhookEndpoint.class).list();
    }

    List<WebhookEndpoint> activeEndpoints() {
        return db.sql("select " + ENDPOINT + " from webhook_endpoints where active order by id")
                .query(WebhookEndpoint.class).list();
    }

    void setActive(long id, boolean active) {
        db.sql("update webhook_endpoints set active = :a where id = :id").param("id", id).param("a", active).update();
    }

    void enqueue(long endpointId, long ticketId, String event, String payload) {
        db.sql("""
                        insert into webhook_deliveries (endpoint_id, ticket_id, event, payload)
                        values (:e, :t, :event, cast(:payload as jsonb))""")
                .param("e", endpointId).param("t", ticketId).param("event", event).param("payload", payload).update();
    }

    long countPending() {
        return db.sql("select count(*) from webhook_deliveries where status = 'pending'").query(Long.class).single();
    }

    /**
     * Takes due deliveries for this node: their next attempt moves a lease ahead, so another node
     * (or this one after a crash) retries them only once the lease has run out.
     */
    List<Delivery> claimDue(int limit, Duration lease) {
        return db.sql("""
                        update webhook_deliveries set next_attempt_at = now() + make_interval(secs => :lease)
                        where id in (select id from webhook_deliveries
                                     where status = 'pending' and next_attempt_at <= now()
                                     order by next_attempt_at limit :limit for update skip locked)
                        returning""" + " " + DELIVERY)
                .param("lease", lease.toSeconds()).param("limit", limit).query(Delivery.class).list();
    }

    void markSent(long id, int status) {
        db.sql("""
                        update webhook_deliveries set status = 'sent', attempts = attempts + 1, last_status = :s,
                               last_error = null, sent_at = now() where id = :id""")
                .param("id", id).param("s", status).update();
    }

    void markFailed(long id, Integer status, String error, Instant next, boolean dead) {
        db.sql("""
                        update webhook_deliveries set attempts = attempts + 1, last_status = :s, last_error = :err,
                               next_attempt_at = :next, status = case when :dead then 'dead' else 'pending' end
                        where id = :id""")
                .param("id", id).param("s", status).param("err", error == null ? null : error.substring(0, Math.min(500, error.length())))
                .param("next", Timestamp.from(next)).param("dead", dead).update();
    }

    List<Delivery> list(String status, int limit) {
        return db.sql("select " + DELIVERY + """
                         from webhook_deliveries where (:status = '' or status = :status)
                        order by id desc limit :limit""")
                .param("status", status).param("limit", limit).query(Delivery.class).list();
    }

    List<Delivery> listForTicket(long ticketId) {
        return db.sql("select " + DELIVERY + " from webhook_deliveries where ticket_id = :t order by id")
                .param("t", ticketId).query(Delivery.class).list();
    }

    /** A dead delivery goes back to the queue with a fresh set of attempts. */
    boolean replay(long id) {
        return db.sql("""
                        update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(),
                               last_error = null where id = :id and status = 'dead'""")
                .param("id", id).update() == 1;
    }

    /** False when this delivery id was already received from the endpoint. */
    boolean recordInbound(long endpointId, String deliveryId) {
        return db.sql("""
                        insert into inbound_webhooks (endpoint_id, delivery_id) values (:e, :d) on conflict do nothing""")
                .param("e", endpointId).param("d", deliveryId).update() == 1;
    }

    void forgetOldInbound() {
        db.sql("delete from inbound_webhooks where received_at < now() - interval '2 days'").update();
    }
}
