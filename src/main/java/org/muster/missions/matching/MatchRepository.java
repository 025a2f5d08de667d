package org.muster.missions.matching;

import org.muster.missions.common.Reason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class MatchRepository {

    private static final String REQUEST = """
            select id, mission_id, requester_id, requester_name, window_start, window_end, place, latitude, longitude,
                   language, interests, note, status, peer_id, requester_confirmed_at, peer_confirmed_at, completed_at, created_at
            from match_requests""";

    private static final RowMapper<MatchRequest> REQUEST_ROW = (rs, row) -> new MatchRequest(rs.getLong("id"),
            rs.getLong("mission_id"), (Long) rs.getObject("requester_id"), rs.getString("requester_name"),
            rs.getTimestamp("window_start").toInstant(), rs.getTimestamp("window_end").toInstant(), rs.getString("place"),
            (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("language"),
            List.of((String[]) rs.getArray("interests").getArray()), rs.getString("note"), rs.getString("status"),
            (Long) rs.getObject("peer_id"), instant(rs.getTimestamp("requester_confirmed_at")),
            instant(rs.getTimestamp("peer_confirmed_at")), instant(rs.getTimestamp("completed_at")),
            rs.getTimestamp("created_at").toInstant());

    private static final String PROPOSAL = """
            select p.id, p.request_id, p.peer_id, p.score, p.reasons, p.reason_keys, p.status, p.created_at, p.decided_at
            from match_proposals p""";

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;
    private final RowMapper<MatchProposal> proposalRow;

    MatchRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
        // Proposals made before reasons were keys keep their text, shown as it was written.
        this.proposalRow = (rs, row) -> new MatchProposal(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("peer_id"), null,
                rs.getDouble("score"), rs.getString("reasons"),
                rs.getString("reason_keys") == null ? null : json.readValue(rs.getString("reason_keys"), REASONS),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("decided_at")));
    }

    long insert(long missionId, Long requesterId, String name, String email, byte[] keyHash, MatchRequest r) {
        return db.sql("""
                        insert into match_requests (mission_id, requester_id, requester_name, requester_email, access_key_hash,
                            window_start, window_end, place, latitude, longitude, language, interests, note, status)
                        values (:m, :requester, :name, :email, :key, :ws, :we, :place, :lat, :lon, :lang, :interests, :note, 'open')
                        returning id""")
                .param("m", missionId).param("requester", requesterId).param("name", name).param("email", email)
                .param("key", keyHash).param("ws", Timestamp.from(r.windowStart())).param("we", Timestamp.from(r.windowEnd()))
                .param("place", r.place()).param("lat", r.latitude()).param("lon", r.longitude()).param("lang", r.language())
                .param("interests", r.interests().toArray(String[]::new)).param("note", r.note()).query(Long.class).single();
    }

    Optional<MatchRequest> find(long id) {
        return db.sql(REQUEST + " where id = :id").param("id", id).query(REQUEST_ROW).optional();
    }

    Optional<MatchRequest> lock(long id) {
        return db.sql(REQUEST + " where id = :id for update").param("id", id).query(REQUEST_ROW).optional();
    }

    boolean keyMatches(long id, byte[] keyHash) {
        return db.sql("select count(*) from match_requests where id = :id and access_key_hash = :k").param("id", id)
                .param("k", keyHash).query(Integer.class).single() > 0;
    }

    Optional<String> requesterEmail(long id) {
        return db.sql("select requester_email from match_requests where id = :id").param("id", id).query(String.class).optional();
    }

    void setStatus(long id, String status, Long peerId) {
        db.sql("""
                        update match_requests set status = :s, peer_id = :peer, requester_confirmed_at = null,
                            peer_confirmed_at = null, updated_at = now() where id = :id""")
                .param("id", id).param("s", status).param("peer", peerId).update();
    }

    void confirm(long id, boolean requester) {
        db.sql("update match_requests set " + (requester ? "requester_confirmed_at" : "peer_confirmed_at")
                        + " = now(), updated_at = now() where id = :id").param("id", id).update();
    }

    void markConfirmed(long id) {
        db.sql("update match_requests set status = 'confirmed', updated_at = now() where id = :id").param("id", id).update();
    }

    void complete(long id) {
        db.sql("update match_requests set status = 'completed', completed_at = now(), updated_at = now() where id = :id")
                .param("id", id).update();
    }

    void cancel(long id) {
        db.sql("update match_requests set status = 'cancelled', updated_at = now() where id = :id").param("id", id).update();
    }

    void insertProposal(long requestId, long peerId, double score, List<Reason> reasons) {
        db.sql("""
                        insert into match_proposals (request_id, peer_id, score, reason_keys, status)
                        values (:r, :p, :s, cast(:why as jsonb), 'proposed')""")
                .param("r", requestId).param("p", peerId).param("s", score).param("why", json.writeValueAsString(reasons)).update();
    }

    Optional<MatchProposal> current(long requestId) {
        return db.sql(PROPOSAL + " where p.request_id = :r and p.status in ('proposed', 'accepted') order by p.id desc limit 1")
                .param("r", requestId).query(proposalRow).optional();
    }

    void decide(long proposalId, String status) {
        db.sql("update match_proposals set status = :s, decided_at = now() where id = :id").param("id", proposalId)
                .param("s", status).update();
    }

    List<Long> proposedPeers(long requestId) {
        return db.sql("select peer_id from match_proposals where request_id = :r").param("r", requestId).query(Long.class).list();
    }

    List<MatchProposal> proposals(long requestId) {
        return db.sql(PROPOSAL + " where p.request_id = :r order by p.id").param("r", requestId).query(proposalRow).list();
    }

    /** Requests where the member is asked or matched, or that they made; newest first. */
    public List<MatchRequest> involving(long memberId) {
        return db.sql(REQUEST + """
                         where requester_id = :m or peer_id = :m
                            or id in (select request_id from match_proposals where peer_id = :m and status = 'proposed')
                        order by created_at desc limit 100""")
                .param("m", memberId).query(REQUEST_ROW).list();
    }

    List<MatchRequest> ofMission(long missionId) {
        return db.sql(REQUEST + " where mission_id = :m order by created_at desc limit 200").param("m", missionId)
                .query(REQUEST_ROW).list();
    }

    /** Matches each peer took on in the 30 days around now: the fairness of load. */
    Map<Long, Integer> recentLoad(Collection<Long> peerIds) {
        var found = new HashMap<Long, Integer>();
        if (peerIds.isEmpty()) return found;
        db.sql("""
                        select peer_id, count(*)::int from match_requests
                        where peer_id in (:ids) and status in ('accepted', 'confirmed', 'completed')
                          and window_start > now() - interval '30 days' group by peer_id""")
                .param("ids", peerIds).query((rs, row) -> found.put(rs.getLong(1), rs.getInt(2))).list();
        return found;
    }

    /** How many requests each peer was asked to take since a time. */
    Map<Long, Integer> proposalsSince(Collection<Long> peerIds, Instant since) {
        var found = new HashMap<Long, Integer>();
        if (peerIds.isEmpty()) return found;
        db.sql("select peer_id, count(*)::int from match_proposals where peer_id in (:ids) and created_at > :since group by peer_id")
                .param("ids", peerIds).param("since", Timestamp.from(since))
                .query((rs, row) -> found.put(rs.getLong(1), rs.getInt(2))).list();
        return found;
    }

    /** Whether the peer has another match or a booked slot at that time. */
    boolean busy(long peerId, Instant from, Instant to) {
        return db.sql("""
                        select exists (select 1 from match_requests where peer_id = :p and status in ('accepted', 'confirmed')
                                       and window_start < :to and window_end > :from)
                            or exists (select 1 from slot_signups u join mission_slots s on s.id = u.slot_id
                                       where u.member_id = :p and u.status = 'booked' and s.starts_at < :to and s.ends_at > :from)""")
                .param("p", peerId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Boolean.class).single();
    }

    void insertMessage(long requestId, boolean fromRequester, String body) {
        db.sql("insert into match_messages (request_id, from_requester, body) values (:r, :f, :b)")
                .param("r", requestId).param("f", fromRequester).param("b", body).update();
    }

    /** The request's messages written since a time (the current peer's acceptance). */
    List<MatchMessage> messages(long requestId, Instant since) {
        return db.sql("""
                        select id, request_id, from_requester, body, created_at from match_messages
                        where request_id = :r and created_at >= :since order by id""")
                .param("r", requestId).param("since", Timestamp.from(since)).query(MatchMessage.class).list();
    }

    boolean rate(long requestId, String side, Long rateeId, int stars, String comment) {
        return db.sql("""
                        insert into match_ratings (request_id, rater_side, ratee_id, stars, comment) values (:r, :side, :ratee, :stars, :c)
                        on conflict (request_id, rater_side) do nothing""")
                .param("r", requestId).param("side", side).param("ratee", rateeId).param("stars", stars).param("c", comment)
                .update() > 0;
    }

    List<String> ratedSides(long requestId) {
        return db.sql("select rater_side from match_ratings where request_id = :r").param("r", requestId).query(String.class).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Requests whose proposed peer has not answered since before the cut-off, oldest first. */
    List<Long> unanswered(Instant before) {
        return db.sql("select request_id from match_proposals where status = 'proposed' and created_at < :before order by created_at limit 200")
                .param("before", Timestamp.from(before)).query(Long.class).list();
    }
}
