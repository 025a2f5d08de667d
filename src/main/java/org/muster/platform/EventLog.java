package org.muster.platform;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The change feed: every domain event, appended in the publishing transaction (so a rolled-back
 * change leaves no event) and read by position. Each node can tail it from its own offset.
 */
@Component
public class EventLog {

    private final JdbcClient db;
    private final JsonMapper json;
    private final double settleSeconds;

    EventLog(JdbcClient db, JsonMapper json,
             @org.springframework.beans.factory.annotation.Value("${muster.feed.settle:PT10S}") java.time.Duration settle) {
        this.db = db;
        this.json = json;
        this.settleSeconds = settle.toMillis() / 1000.0;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void append(DomainEvent event) {
        db.sql("insert into domain_events (type, payload) values (:type, cast(:payload as jsonb))")
                .param("type", event.getClass().getSimpleName())
                .param("payload", json.writeValueAsString(event))
                .update();
    }

    /** A cursor that hands out the events after a settled position (0: from the start). */
    public FeedCursor cursorAfter(long settled) {
        return new FeedCursor(this, settled);
    }

    /** A cursor that hands out only the events from now on. */
    public FeedCursor cursorFromNow() {
        return new FeedCursor(this, db.sql("select coalesce(max(id), 0) from domain_events").query(Long.class).single());
    }

    /** A position below which every event is visible: where a reader that has just read everything resumes. */
    public long settledPosition() {
        return settledAfter(0);
    }

    /** The highest position above this one below which no transaction can still be writing. */
    public long settledAfter(long settled) {
        return db.sql("""
                        select coalesce(max(id), :settled) from domain_events
                        where id > :settled and occurred_at < now() - make_interval(secs => :age)""")
                .param("settled", settled).param("age", settleSeconds).query(Long.class).single();
    }

    /** Events after a position, oldest first. */
    @Transactional(readOnly = true)
    public List<LoggedEvent> after(long position, int limit) {
        return db.sql("""
                        select id, type, payload::text as payload, occurred_at from domain_events
                        where id > :position order by id limit :limit""")
                .param("position", position).param("limit", limit)
                .query(LoggedEvent.class).list();
    }
}
