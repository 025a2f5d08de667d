package org.muster.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The change feed: every domain event, appended in the publishing transaction (so a rolled-back
 * change leaves no event) with that transaction's id. Events are read in (transaction, id) order and
 * only below the horizon: the oldest transaction still running. Below it no transaction can still
 * commit an event, so what has been read is final, however long the transaction that wrote it took.
 */
@Component
public class EventLog {

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    private final JdbcClient db;
    private final JsonMapper json;
    private final EventTypes types;

    EventLog(JdbcClient db, JsonMapper json, EventTypes types) {
        this.db = db;
        this.json = json;
        this.types = types;
    }

    // In the changing transaction: that is what makes the feed complete.
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void append(DomainEvent event) {
        db.sql("insert into domain_events (type, payload) values (:type, cast(:payload as jsonb))")
                .param("type", types.nameOf(event))
                .param("payload", json.writeValueAsString(event))
                .update();
    }

    /** The last event below the horizon: a reader that has read up to here has read everything final. */
    public FeedPosition head() {
        return db.sql("""
                        select xact, id from domain_events where xact < feed_horizon()
                        order by xact desc, id desc limit 1""")
                .query((rs, n) -> new FeedPosition(rs.getLong("xact"), rs.getLong("id")))
                .optional().orElse(FeedPosition.START);
    }

    /**
     * The final events after a position, oldest first, at most {@code limit} rows read. Rows of an event
     * type this version does not know are passed over, but their position still counts.
     */
    public Batch after(FeedPosition position, int limit) {
        var rows = db.sql("""
                        select id, xact, type, payload::text as payload, occurred_at from domain_events
                        where (xact, id) > (:xact, :id) and xact < feed_horizon()
                        order by xact, id limit :limit""")
                .param("xact", position.xact()).param("id", position.id()).param("limit", limit)
                .query(Row.class).list();
        var entries = new ArrayList<FeedEntry>();
        for (var row : rows) {
            var type = types.typeOf(row.type());
            if (type.isEmpty()) {
                LOG.debug("Change-feed entry {} is of type {}, unknown to this version; passed over", row.id(), row.type());
                continue;
            }
            try {
                entries.add(new FeedEntry(new FeedPosition(row.xact(), row.id()), row.occurredAt(),
                        json.readValue(row.payload(), type.get())));
            } catch (JacksonException e) {
                // Not what this version wrote (EventCompatibilityTests keeps old rows readable): a row
                // written by hand. Holding every subscriber back on it would be worse than passing it over.
                LOG.error("Change-feed entry {} ({}) cannot be read; passed over: {}", row.id(), row.type(), e.getMessage());
            }
        }
        var reached = rows.isEmpty() ? position : new FeedPosition(rows.getLast().xact(), rows.getLast().id());
        return new Batch(entries, reached, rows.size() == limit);
    }

    private record Row(long id, long xact, String type, String payload, java.time.Instant occurredAt) {
    }

    /**
     * The events of one read, and the position it reached (past unknown types too); {@code full} when
     * the read hit its limit, so more may follow at once.
     */
    public record Batch(List<FeedEntry> entries, FeedPosition reached, boolean full) {
    }
}
