package org.muster.missions.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Repository
public class PeerRepository {

    private final JdbcClient db;

    PeerRepository(JdbcClient db) {
        this.db = db;
    }

    public Map<Long, PeerProfile> profiles(Collection<Long> memberIds) {
        var found = new HashMap<Long, PeerProfile>();
        if (memberIds.isEmpty()) return found;
        var hours = new HashMap<Long, List<PeerProfile.Availability>>();
        db.sql("select member_id, weekday, from_minute, to_minute from peer_availability where member_id in (:ids) order by weekday, from_minute")
                .param("ids", memberIds).query((rs, row) -> hours.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new PeerProfile.Availability(rs.getInt(2), rs.getInt(3), rs.getInt(4)))).list();
        db.sql("select member_id, latitude, longitude, travel_km, interests, matching from peer_profiles where member_id in (:ids)")
                .param("ids", memberIds).query((rs, row) -> found.put(rs.getLong(1), new PeerProfile(rs.getLong(1),
                        (Double) rs.getObject(2), (Double) rs.getObject(3), (Integer) rs.getObject(4),
                        List.of((String[]) rs.getArray(5).getArray()), rs.getBoolean(6), hours.getOrDefault(rs.getLong(1), List.of()))))
                .list();
        return found;
    }

    void save(PeerProfile p) {
        db.sql("""
                        insert into peer_profiles (member_id, latitude, longitude, travel_km, interests, matching, updated_at)
                        values (:m, :lat, :lon, :km, :interests, :matching, now())
                        on conflict (member_id) do update set latitude = :lat, longitude = :lon, travel_km = :km,
                            interests = :interests, matching = :matching, updated_at = now()""")
                .param("m", p.memberId()).param("lat", p.latitude()).param("lon", p.longitude()).param("km", p.travelKm())
                .param("interests", p.interests().toArray(String[]::new)).param("matching", p.matching()).update();
        db.sql("delete from peer_availability where member_id = :m").param("m", p.memberId()).update();
        for (var a : p.availability())
            db.sql("insert into peer_availability (member_id, weekday, from_minute, to_minute) values (:m, :d, :f, :t)")
                    .param("m", p.memberId()).param("d", a.weekday()).param("f", a.fromMinute()).param("t", a.toMinute()).update();
    }

    /** Members open to matching, most recently active first, a page at a time. */
    public List<Long> matchable(int limit, int offset) {
        return db.sql("""
                        select member_id from peer_profiles where matching
                        order by updated_at desc, member_id limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset).query(Long.class).list();
    }
}
