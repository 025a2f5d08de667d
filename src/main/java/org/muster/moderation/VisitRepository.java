package org.muster.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Days on which members read questions, and how many: what trust levels count. */
@Repository
class VisitRepository {

    private final JdbcClient db;

    VisitRepository(JdbcClient db) {
        this.db = db;
    }

    void recordRead(long memberId) {
        db.sql("""
                        insert into member_visits (member_id, day, reads) values (:m, current_date, 1)
                        on conflict (member_id, day) do update set reads = member_visits.reads + 1""")
                .param("m", memberId).update();
    }

    /** Member id → [days visited, questions read]. */
    Map<Long, int[]> visits(Collection<Long> ids) {
        var visits = new HashMap<Long, int[]>();
        if (ids.isEmpty()) return visits;
        db.sql("select member_id, count(*)::int as days, sum(reads)::int as reads from member_visits where member_id in (:ids) group by member_id")
                .param("ids", ids)
                .query((rs, row) -> visits.put(rs.getLong("member_id"), new int[]{rs.getInt("days"), rs.getInt("reads")}))
                .list();
        return visits;
    }
}
