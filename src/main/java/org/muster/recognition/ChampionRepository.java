package org.muster.recognition;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Terms without their tags: moderation keeps a champion's tags (see {@link ChampionsProgram}). */
@Repository
class ChampionRepository {

    private static final String COLUMNS = """
            id, member_id, status, reason, nominated_by, nominated_at, decided_by, decided_at, starts_at, ends_at, reminded_at,
            ended_at, end_reason""";

    private static final RowMapper<ChampionTerm> TERM = (rs, row) -> new ChampionTerm(rs.getLong("id"),
            rs.getLong("member_id"), rs.getString("status"), rs.getString("reason"), (Long) rs.getObject("nominated_by"),
            instant(rs.getTimestamp("nominated_at")), (Long) rs.getObject("decided_by"), instant(rs.getTimestamp("decided_at")),
            instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")),
            List.of(), instant(rs.getTimestamp("reminded_at")),
            instant(rs.getTimestamp("ended_at")), rs.getString("end_reason"));

    private final JdbcClient db;

    ChampionRepository(JdbcClient db) {
        this.db = db;
    }

    /** Empty when the member already has an open nomination or term. */
    Optional<Long> nominate(long memberId, String reason, long by) {
        return db.sql("""
                        insert into champion_terms (member_id, status, reason, nominated_by) values (:m, 'nominated', :r, :by)
                        on conflict (member_id) where status in ('nominated', 'active') do nothing returning id""")
                .param("m", memberId).param("r", reason).param("by", by).query(Long.class).optional();
    }

    Optional<ChampionTerm> lock(long id) {
        return db.sql("select " + COLUMNS + " from champion_terms where id = :id for update").param("id", id)
                .query(TERM).optional();
    }

    void approve(long id, long by, Instant endsAt) {
        db.sql("""
                        update champion_terms set status = 'active', decided_by = :by, decided_at = now(), starts_at = now(),
                               ends_at = :ends where id = :id""")
                .param("id", id).param("by", by).param("ends", Timestamp.from(endsAt)).update();
    }

    void decline(long id, long by, String reason) {
        db.sql("""
                        update champion_terms set status = 'declined', decided_by = :by, decided_at = now(), end_reason = :r
                        where id = :id""")
                .param("id", id).param("by", by).param("r", reason).update();
    }

    void end(long id, String reason) {
        db.sql("update champion_terms set status = 'ended', ended_at = now(), end_reason = :r where id = :id")
                .param("id", id).param("r", reason).update();
    }

    void extend(long id, Instant endsAt) {
        db.sql("update champion_terms set ends_at = :ends, reminded_at = null where id = :id")
                .param("id", id).param("ends", Timestamp.from(endsAt)).update();
    }

    void reminded(long id) {
        db.sql("update champion_terms set reminded_at = now() where id = :id").param("id", id).update();
    }

    List<ChampionTerm> list(String status) {
        return db.sql("select " + COLUMNS + " from champion_terms where (:status = '' or status = :status) order by nominated_at desc, id desc limit 500")
                .param("status", status).query(TERM).list();
    }

    List<ChampionTerm> history(long memberId) {
        return db.sql("select " + COLUMNS + " from champion_terms where member_id = :m order by nominated_at desc, id desc")
                .param("m", memberId).query(TERM).list();
    }

    List<ChampionTerm> endingBefore(Instant when, boolean unremindedOnly) {
        return db.sql("select " + COLUMNS + " from champion_terms"
                        + " where status = 'active' and ends_at < :when and (not :unreminded or reminded_at is null)")
                .param("when", Timestamp.from(when)).param("unreminded", unremindedOnly).query(TERM).list();
    }

    /** Those of these members who are in an active term. */
    Set<Long> inActiveTerm(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) return Set.of();
        return new HashSet<>(db.sql("select member_id from champion_terms where status = 'active' and member_id in (:ids)")
                .param("ids", memberIds).query(Long.class).list());
    }

    /** Members with an open nomination or an active term. */
    java.util.Set<Long> withOpenTerms() {
        return new java.util.HashSet<>(db.sql("select member_id from champion_terms where status in ('nominated', 'active')")
                .query(Long.class).list());
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
