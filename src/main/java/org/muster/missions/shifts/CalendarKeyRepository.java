package org.muster.missions.shifts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class CalendarKeyRepository {

    private final JdbcClient db;

    CalendarKeyRepository(JdbcClient db) {
        this.db = db;
    }

    void replace(long memberId, byte[] keyHash) {
        db.sql("""
                        insert into calendar_keys (member_id, key_hash) values (:m, :h)
                        on conflict (member_id) do update set key_hash = :h, created_at = now()""")
                .param("m", memberId).param("h", keyHash).update();
    }

    Optional<Long> owner(byte[] keyHash) {
        return db.sql("select member_id from calendar_keys where key_hash = :h").param("h", keyHash).query(Long.class).optional();
    }
}
