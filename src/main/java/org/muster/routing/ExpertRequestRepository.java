package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class ExpertRequestRepository {

    private static final TypeReference<List<ExpertRequest.ExpertReason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;

    ExpertRequestRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void insert(long questionId, long memberId, List<ExpertRequest.ExpertReason> reasons) {
        db.sql("""
                        insert into routing_requests (question_id, member_id, reasons)
                        values (:question, :member, cast(:reasons as jsonb)) on conflict do nothing""")
                .param("question", questionId).param("member", memberId)
                .param("reasons", json.writeValueAsString(reasons))
                .update();
    }

    List<ExpertRequest> listForQuestion(long questionId) {
        return db.sql("""
                        select question_id, member_id, asked_at, reasons, status from routing_requests
                        where question_id = :question order by asked_at, member_id""")
                .param("question", questionId)
                .query((rs, row) -> new ExpertRequest(rs.getLong("question_id"), rs.getLong("member_id"),
                        rs.getTimestamp("asked_at").toInstant(), json.readValue(rs.getString("reasons"), REASONS),
                        ExpertRequest.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT))))
                .list();
    }

    Optional<ExpertRequest> find(long questionId, long memberId) {
        return listForQuestion(questionId).stream().filter(r -> r.memberId() == memberId).findFirst();
    }

    /** Everyone ever asked about the question, whatever became of it: nobody is asked twice. */
    Set<Long> askedAbout(long questionId) {
        return new HashSet<>(db.sql("select member_id from routing_requests where question_id = :question")
                .param("question", questionId).query(Long.class).list());
    }

    /** Moves these members' requests about the question from one status to another; others stay as they are. */
    void updateStatus(long questionId, Collection<Long> memberIds, ExpertRequest.Status from, ExpertRequest.Status to) {
        if (memberIds.isEmpty()) return;
        db.sql("""
                        update routing_requests set status = :to
                        where question_id = :question and member_id in (:members) and status = :from""")
                .param("question", questionId).param("members", memberIds)
                .param("from", from.name().toLowerCase(Locale.ROOT)).param("to", to.name().toLowerCase(Locale.ROOT))
                .update();
    }

    /** The question's requests still open count as ignored: the ladder's next step asks others. */
    void ignoreOpen(long questionId) {
        db.sql("update routing_requests set status = 'ignored' where question_id = :question and status = 'asked'")
                .param("question", questionId).update();
    }

    /** Per member, requests still asked (not answered, declined or ignored) made since then: their load. */
    Map<Long, Integer> countOpen(Collection<Long> memberIds, Instant since) {
        return count(memberIds, since, "and status = 'asked'");
    }

    /** Per member, every request made since then: what fairness and the weekly maximum look at. */
    Map<Long, Integer> countSince(Collection<Long> memberIds, Instant since) {
        return count(memberIds, since, "");
    }

    private Map<Long, Integer> count(Collection<Long> memberIds, Instant since, String condition) {
        var counts = new HashMap<Long, Integer>();
        if (memberIds.isEmpty()) return counts;
        db.sql("select member_id, count(*)::int from routing_requests where member_id in (:members) and asked_at >= :since "
                        + condition + " group by member_id")
                .param("members", memberIds).param("since", Timestamp.from(since))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    Map<Long, ExpertPreferences> preferences(Collection<Long> memberIds) {
        var found = new HashMap<Long, ExpertPreferences>();
        if (memberIds.isEmpty()) return found;
        db.sql("select member_id, weekly_maximum, paused from routing_preferences where member_id in (:members)")
                .param("members", memberIds)
                .query(rs -> {
                    found.put(rs.getLong("member_id"),
                            new ExpertPreferences((Integer) rs.getObject("weekly_maximum"), rs.getBoolean("paused")));
                });
        return found;
    }

    void savePreferences(long memberId, ExpertPreferences preferences) {
        db.sql("""
                        insert into routing_preferences (member_id, weekly_maximum, paused) values (:member, :maximum, :paused)
                        on conflict (member_id) do update set weekly_maximum = excluded.weekly_maximum, paused = excluded.paused""")
                .param("member", memberId).param("maximum", preferences.weeklyMaximum())
                .param("paused", preferences.paused())
                .update();
    }
}
