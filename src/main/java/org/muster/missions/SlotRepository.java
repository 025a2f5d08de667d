package org.muster.missions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class SlotRepository {

    private static final String SLOT = """
            select s.id, s.mission_id, s.starts_at, s.ends_at, s.place, s.capacity,
                   coalesce((select sum(party_size) from slot_signups u where u.slot_id = s.id and u.status = 'booked'), 0)::int as booked,
                   (select count(*) from slot_signups u where u.slot_id = s.id and u.status = 'waitlisted')::int as waitlisted
            from mission_slots s""";

    private static final String SIGNUP = "id, slot_id, member_id, party_size, status, late, created_at, withdrawn_at";

    private final JdbcClient db;

    SlotRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long missionId, Instant startsAt, Instant endsAt, String place, int capacity) {
        return db.sql("""
                        insert into mission_slots (mission_id, starts_at, ends_at, place, capacity)
                        values (:m, :starts, :ends, :place, :capacity) returning id""")
                .param("m", missionId).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("place", place).param("capacity", capacity).query(Long.class).single();
    }

    /** The slot, locked: sign-ups to one slot take turns, so it is never overfilled. */
    Optional<Slot> lock(long id) {
        db.sql("select id from mission_slots where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<Slot> find(long id) {
        return db.sql(SLOT + " where s.id = :id").param("id", id).query(Slot.class).optional();
    }

    List<Slot> ofMission(long missionId) {
        return db.sql(SLOT + " where s.mission_id = :m order by s.starts_at").param("m", missionId).query(Slot.class).list();
    }

    /** A booked slot of the member that overlaps this time, if any. */
    Optional<Slot> overlapping(long memberId, Instant startsAt, Instant endsAt) {
        return db.sql(SLOT + """
                         where s.starts_at < :ends and s.ends_at > :starts and exists (
                            select 1 from slot_signups u where u.slot_id = s.id and u.member_id = :m and u.status = 'booked')
                        limit 1""")
                .param("m", memberId).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .query(Slot.class).optional();
    }

    Optional<Signup> live(long slotId, long memberId) {
        return db.sql("select " + SIGNUP + " from slot_signups where slot_id = :s and member_id = :m and status <> 'withdrawn'")
                .param("s", slotId).param("m", memberId).query(Signup.class).optional();
    }

    long insertSignup(long slotId, long memberId, int partySize, String status) {
        return db.sql("""
                        insert into slot_signups (slot_id, member_id, party_size, status) values (:s, :m, :p, :status) returning id""")
                .param("s", slotId).param("m", memberId).param("p", partySize).param("status", status).query(Long.class).single();
    }

    void withdraw(long signupId, boolean late) {
        db.sql("update slot_signups set status = 'withdrawn', late = :late, withdrawn_at = now() where id = :id")
                .param("id", signupId).param("late", late).update();
    }

    List<Signup> waitlist(long slotId) {
        return db.sql("select " + SIGNUP + " from slot_signups where slot_id = :s and status = 'waitlisted' order by id")
                .param("s", slotId).query(Signup.class).list();
    }

    void book(long signupId) {
        db.sql("update slot_signups set status = 'booked' where id = :id").param("id", signupId).update();
    }

    Optional<Signup> signup(long id) {
        return db.sql("select " + SIGNUP + " from slot_signups where id = :id").param("id", id).query(Signup.class).optional();
    }

    List<Signup> signupsOf(long memberId) {
        return db.sql("select " + SIGNUP + " from slot_signups where member_id = :m order by created_at desc limit 100")
                .param("m", memberId).query(Signup.class).list();
    }
}
