package org.muster.missions.disputes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class DisputeRepository {

    private static final String DISPUTE = """
            select id, kind, item_id, member_id, null as member_name, subject, reason, status, resolution, resolved_by,
                   null as resolver_name, resolved_at, correction_points, correction_key, created_at
            from disputes""";

    private final JdbcClient db;

    DisputeRepository(JdbcClient db) {
        this.db = db;
    }

    /** Empty when the item is disputed already: one dispute per item. */
    Optional<Long> insert(String kind, long itemId, long memberId, String subject, String reason) {
        return db.sql("""
                        insert into disputes (kind, item_id, member_id, subject, reason) values (:k, :i, :m, :s, :r)
                        on conflict (kind, item_id) do nothing returning id""")
                .param("k", kind).param("i", itemId).param("m", memberId).param("s", subject).param("r", reason)
                .query(Long.class).optional();
    }

    Optional<Dispute> find(long id) {
        return db.sql(DISPUTE + " where id = :id").param("id", id).query(Dispute.class).optional();
    }

    Optional<Dispute> lock(long id) {
        return db.sql(DISPUTE + " where id = :id for update").param("id", id).query(Dispute.class).optional();
    }

    List<Dispute> ofMember(long memberId) {
        return db.sql(DISPUTE + " where member_id = :m order by created_at desc limit 200").param("m", memberId)
                .query(Dispute.class).list();
    }

    /** Open ones oldest first (the queue), then the latest resolved. */
    List<Dispute> queue(boolean open) {
        return db.sql(DISPUTE + (open ? " where status = 'open' order by created_at limit 200"
                        : " where status <> 'open' order by resolved_at desc limit 100"))
                .query(Dispute.class).list();
    }

    void resolve(long id, String status, String resolution, long by, Long points, String key) {
        db.sql("""
                        update disputes set status = :s, resolution = :r, resolved_by = :by, resolved_at = now(),
                                            correction_points = :p, correction_key = :k
                        where id = :id""")
                .param("id", id).param("s", status).param("r", resolution).param("by", by).param("p", points).param("k", key)
                .update();
    }

    long insertComment(long disputeId, long authorId, String body) {
        return db.sql("insert into dispute_comments (dispute_id, author_id, body) values (:d, :a, :b) returning id")
                .param("d", disputeId).param("a", authorId).param("b", body).query(Long.class).single();
    }

    List<DisputeComment> comments(long disputeId) {
        return db.sql("""
                        select id, dispute_id, author_id, null as author_name, body, created_at from dispute_comments
                        where dispute_id = :d order by created_at, id""")
                .param("d", disputeId).query(DisputeComment.class).list();
    }

    /** Opened in the period, by kind and where they stand now (open, accepted, rejected). */
    List<Disputes.Count> counts(Instant from, Instant to) {
        return db.sql("""
                        select kind, status as outcome, count(*) as disputes from disputes
                        where created_at >= :from and created_at < :to group by kind, status order by kind, status""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Disputes.Count.class).list();
    }
}
