package org.muster.routing;

import org.muster.routing.QuestionClimbed.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
class LadderRepository {

    /** A space's ladder and the time before which its questions never climb. */
    record SpaceLadder(long spaceId, Ladder ladder, Instant appliesFrom) {
    }

    /** A step a question reached. */
    record Climb(long questionId, Step step, Instant reachedAt) {
    }

    private final JdbcClient db;

    LadderRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Ladder> find(long spaceId) {
        return db.sql("""
                        select space_id, more_peers_hours, champions_hours, staff_queue_hours, escalation_hours, applies_from
                        from ladders where space_id = :space""")
                .param("space", spaceId).query(LadderRepository::spaceLadder).optional().map(SpaceLadder::ladder);
    }

    List<SpaceLadder> list() {
        return db.sql("""
                        select space_id, more_peers_hours, champions_hours, staff_queue_hours, escalation_hours, applies_from
                        from ladders order by space_id""")
                .query(LadderRepository::spaceLadder).list();
    }

    /** A new ladder applies from now; changing the hours of one keeps the questions it already applied to. */
    void save(long spaceId, Ladder ladder) {
        db.sql("""
                        insert into ladders (space_id, more_peers_hours, champions_hours, staff_queue_hours, escalation_hours)
                        values (:space, :peers, :champions, :staff, :escalation)
                        on conflict (space_id) do update set more_peers_hours = excluded.more_peers_hours,
                            champions_hours = excluded.champions_hours, staff_queue_hours = excluded.staff_queue_hours,
                            escalation_hours = excluded.escalation_hours, updated_at = now()""")
                .param("space", spaceId).param("peers", ladder.morePeers()).param("champions", ladder.champions())
                .param("staff", ladder.staffQueue()).param("escalation", ladder.escalation())
                .update();
    }

    void delete(long spaceId) {
        db.sql("delete from ladders where space_id = :space").param("space", spaceId).update();
    }

    /** Records the step; false when the question had already reached it (another node, a rerun). */
    boolean insertClimb(long questionId, Step step, long spaceId, Instant reachedAt) {
        return db.sql("""
                        insert into ladder_climbs (question_id, step, space_id, reached_at)
                        values (:question, :step, :space, :reached) on conflict do nothing""")
                .param("question", questionId).param("step", step.name()).param("space", spaceId)
                .param("reached", Timestamp.from(reachedAt))
                .update() == 1;
    }

    /** Of these questions, those that reached the step. */
    Set<Long> reached(Collection<Long> questionIds, Step step) {
        if (questionIds.isEmpty()) return Set.of();
        return new HashSet<>(db.sql("select question_id from ladder_climbs where question_id in (:ids) and step = :step")
                .param("ids", questionIds).param("step", step.name()).query(Long.class).list());
    }

    List<Climb> listClimbs(long questionId) {
        return db.sql("select question_id, step, reached_at from ladder_climbs where question_id = :q order by reached_at, step")
                .param("q", questionId).query(LadderRepository::climb).list();
    }

    /**
     * Questions that reached the staff queue and not escalation, oldest arrival first, after a point
     * (reached_at, question id) so a caller pages through them.
     */
    List<Climb> listInStaffQueue(Instant afterReached, long afterQuestion, int limit) {
        return db.sql("""
                        select c.question_id, c.step, c.reached_at from ladder_climbs c
                        where c.step = 'STAFF_QUEUE' and (c.reached_at, c.question_id) > (:reached, :question)
                          and not exists (select 1 from ladder_climbs e where e.question_id = c.question_id and e.step = 'ESCALATION')
                        order by c.reached_at, c.question_id limit :limit""")
                .param("reached", Timestamp.from(afterReached)).param("question", afterQuestion).param("limit", limit)
                .query(LadderRepository::climb).list();
    }

    Map<Long, Ladder> listBySpace() {
        return list().stream().collect(Collectors.toMap(SpaceLadder::spaceId, SpaceLadder::ladder));
    }

    private static SpaceLadder spaceLadder(ResultSet rs, int row) throws SQLException {
        return new SpaceLadder(rs.getLong("space_id"),
                new Ladder((Integer) rs.getObject("more_peers_hours"), (Integer) rs.getObject("champions_hours"),
                        (Integer) rs.getObject("staff_queue_hours"), (Integer) rs.getObject("escalation_hours")),
                rs.getTimestamp("applies_from").toInstant());
    }

    private static Climb climb(ResultSet rs, int row) throws SQLException {
        return new Climb(rs.getLong("question_id"), Step.valueOf(rs.getString("step")), rs.getTimestamp("reached_at").toInstant());
    }
}
