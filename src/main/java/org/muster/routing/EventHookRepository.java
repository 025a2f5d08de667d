package org.muster.routing;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
class EventHookRepository {

    private static final String HOOK = "id, name, url, secret, format, internal, event_types, active, created_at";
    private static final String DELIVERY = """
            id, hook_id, event_type, event_id, question_id, post_id, payload::text as payload, status, attempts,
            next_attempt_at, last_status, last_error, created_at, sent_at""";
    private static final RowMapper<EventHook> HOOKS = (rs, n) -> new EventHook(rs.getLong("id"), rs.getString("name"),
            rs.getString("url"), rs.getString("secret"),
            EventHookFormat.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)), rs.getBoolean("internal"),
            Arrays.asList((String[]) rs.getArray("event_types").getArray()), rs.getBoolean("active"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient db;

    EventHookRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(String name, String url, String secret, EventHookFormat format, boolean internal, List<String> eventTypes) {
        return db.sql("""
                        insert into routing_event_hooks (name, url, secret, format, internal, event_types)
                        values (:name, :url, :secret, :format, :internal, string_to_array(:types, ',')) returning id""")
                .param("name", name).param("url", url).param("secret", secret)
                .param("format", format.name().toLowerCase(Locale.ROOT)).param("internal", internal)
                .param("types", String.join(",", eventTypes)).query(Long.class).single();
    }

    Optional<EventHook> find(long id) {
        return db.sql("select " + HOOK + " from routing_event_hooks where id = :id").param("id", id).query(HOOKS).optional();
    }

    List<EventHook> list() {
        return db.sql("select " + HOOK + " from routing_event_hooks order by id").query(HOOKS).list();
    }

    List<EventHook> listActiveFor(EventHookType type) {
        return db.sql("select " + HOOK + " from routing_event_hooks where active and :type = any(event_types) order by id")
                .param("type", type.publicName()).query(HOOKS).list();
    }

    void updateActive(long id, boolean active) {
        db.sql("update routing_event_hooks set active = :active where id = :id").param("id", id).param("active", active).update();
    }

    void updateSecret(long id, String secret) {
        db.sql("update routing_event_hooks set secret = :secret where id = :id").param("id", id).param("secret", secret).update();
    }

    void insertDelivery(long hookId, EventHookType type, String eventId, Long questionId, Long postId, String payload) {
        db.sql("""
                        insert into routing_event_hook_deliveries (hook_id, event_type, event_id, question_id, post_id, payload)
                        values (:hook, :type, :event, :question, :post, cast(:payload as jsonb))""")
                .param("hook", hookId).param("type", type.publicName()).param("event", eventId)
                .param("question", questionId).param("post", postId).param("payload", payload).update();
    }

    long countPending() {
        return db.sql("select count(*) from routing_event_hook_deliveries where status = 'pending'")
                .query(Long.class).single();
    }

    /**
     * Takes the oldest due delivery of each active endpoint that this node is not already sending to:
     * its next attempt moves a lease ahead, so another node (or this one after a crash) retries it only
     * once the lease has run out. One at a time per endpoint, so an endpoint that hangs holds one
     * sender, never the others' deliveries.
     */
    List<EventHookDelivery> claimDue(Collection<Long> busyHooks, int limit, Duration lease) {
        return db.sql("""
                        update routing_event_hook_deliveries set next_attempt_at = now() + make_interval(secs => :lease)
                        where id in (select id from routing_event_hook_deliveries
                                     where id in (select min(d.id) from routing_event_hook_deliveries d
                                                  join routing_event_hooks h on h.id = d.hook_id and h.active
                                                  where d.status = 'pending' and d.next_attempt_at <= now()
                                                    and d.hook_id not in (:busy)
                                                  group by d.hook_id limit :limit)
                                     for update skip locked)
                        returning""" + " " + DELIVERY)
                .param("lease", lease.toSeconds()).param("limit", limit)
                .param("busy", busyHooks.isEmpty() ? List.of(-1L) : busyHooks)
                .query(EventHookDelivery.class).list();
    }

    void markSent(long id, int status) {
        db.sql("""
                        update routing_event_hook_deliveries set status = 'sent', attempts = attempts + 1, last_status = :s,
                               last_error = null, sent_at = now() where id = :id""")
                .param("id", id).param("s", status).update();
    }

    void markWithheld(long id) {
        db.sql("update routing_event_hook_deliveries set status = 'withheld' where id = :id").param("id", id).update();
    }

    /**
     * A moderator redacted text in the post: what was queued or kept about it may hold that text, so
     * the payloads are emptied and what was still to be sent is withheld.
     */
    void forgetRedacted(long questionId, long postId) {
        db.sql("""
                        update routing_event_hook_deliveries
                        set payload = '{}'::jsonb,
                            status = case when status in ('pending', 'dead') then 'withheld' else status end
                        where question_id = :question or post_id = :post""")
                .param("question", questionId).param("post", postId).update();
    }

    void markFailed(long id, Integer status, String error, Instant next, boolean dead) {
        db.sql("""
                        update routing_event_hook_deliveries set attempts = attempts + 1, last_status = :s, last_error = :err,
                               next_attempt_at = :next, status = case when :dead then 'dead' else 'pending' end
                        where id = :id""")
                .param("id", id).param("s", status).param("err", error.substring(0, Math.min(500, error.length())))
                .param("next", Timestamp.from(next)).param("dead", dead).update();
    }

    /** The newest deliveries, of one status or of all (empty), of one endpoint or of all (null). */
    List<EventHookDelivery> listDeliveries(String status, Long hookId, int limit) {
        return db.sql("select " + DELIVERY + """
                         from routing_event_hook_deliveries
                        where (:status = '' or status = :status) and (cast(:hook as bigint) is null or hook_id = :hook)
                        order by id desc limit :limit""")
                .param("status", status).param("hook", hookId).param("limit", limit)
                .query(EventHookDelivery.class).list();
    }

    /** A dead delivery goes back to the queue with a fresh set of attempts. */
    boolean replay(long id) {
        return db.sql("""
                        update routing_event_hook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(),
                               last_error = null where id = :id and status = 'dead'""")
                .param("id", id).update() == 1;
    }
}
