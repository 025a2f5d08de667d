package org.muster.missions.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The record behind each peer's reliability: what they completed, withdrew late from, missed, and how they were rated. */
@Repository
class ReliabilityRepository {

    record Counts(long memberId, int completed, int lateWithdrawals, int noShows, int ratings, double ratingSum) {
    }

    private final JdbcClient db;

    ReliabilityRepository(JdbcClient db) {
        this.db = db;
    }

    Map<Long, Counts> counts(Collection<Long> memberIds) {
        var result = new HashMap<Long, Counts>();
        if (memberIds.isEmpty()) return result;
        db.sql("""
                        select m.id as member_id,
                               (select count(*) from slot_signups u where u.member_id = m.id and u.hours_status = 'approved')
                             + (select count(*) from mission_submissions x where x.member_id = m.id and x.status = 'accepted')
                             + (select count(*) from match_requests r where r.peer_id = m.id and r.status = 'completed') as completed,
                               (select count(*) from slot_signups u where u.member_id = m.id and u.late) as late_withdrawals,
                               (select count(*) from slot_signups u where u.member_id = m.id and u.no_show) as no_shows,
                               (select count(*) from match_ratings g where g.ratee_id = m.id) as ratings,
                               (select coalesce(sum(stars), 0) from match_ratings g where g.ratee_id = m.id) as rating_sum
                        from unnest(cast(:ids as bigint[])) as m(id)""")
                .param("ids", memberIds.stream().distinct().toArray(Long[]::new)).query(Counts.class).list().forEach(c -> result.put(c.memberId(), c));
        return result;
    }
}
