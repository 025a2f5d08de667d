package org.muster.missions.shifts;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class SlotRepository {

    private static final String SLOT = """
            select s.id, s.mission_id, s.starts_at, s.ends_at, s.place, s.capacity,
                   coalesce((select sum(party_size) from slot_signups u where u.slot_id = s.id and u.status = 'booked'), 0)::int as booked,
                   (select count(*) from slot_signups u where u.slot_id = s.id and u.status = 'waitlisted')::int as waitlisted,
                   (select count(*) from slot_signups u where u.slot_id = s.id and u.status = 'entered')::int as entered,
                   s.opt_in_until, s.lottery_seed, s.drawn_at
            from mission_slots s""";

    private static final String SIGNUP = """
            id, slot_id, member_id, party_size, status, late, created_at, withdrawn_at, lottery_weight, lottery_rank,
            checked_in_at, checked_out_at, auto_checked_out, no_show, hours_status, minutes, hours_note""";

    private static final String SIGNUP_COLUMNS = """
            u.id, u.slot_id, u.member_id, u.party_size, u.status, u.late, u.created_at, u.withdrawn_at, u.lottery_weight,
            u.lottery_rank, u.checked_in_at, u.checked_out_at, u.auto_checked_out, u.no_show, u.hours_status, u.minutes,
            u.hours_note""";

    private static final RowMapper<Signup> SIGNUP_ROW = new DataClassRowMapper<>(Signup.class);

    private static final RowMapper<ScheduleEntry> ENTRY_ROW = (rs, row) -> new ScheduleEntry(SIGNUP_ROW.mapRow(rs, row),
            rs.getString("slug"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
            rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), (Integer) rs.getObject("waitlist_position"));

    private final JdbcClient db;

    SlotRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long missionId, Instant startsAt, Instant endsAt, String place, int capacity, Instant optInUntil, String code) {
        return db.sql("""
                        insert into mission_slots (mission_id, starts_at, ends_at, place, capacity, opt_in_until, check_in_code)
                        values (:m, :starts, :ends, :place, :capacity, :optIn, :code) returning id""")
                .param("m", missionId).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("place", place).param("capacity", capacity).param("code", code)
                .param("optIn", optInUntil == null ? null : Timestamp.from(optInUntil)).query(Long.class).single();
    }

    Optional<String> checkInCode(long slotId) {
        return db.sql("select check_in_code from mission_slots where id = :id").param("id", slotId).query(String.class).optional();
    }

    void setCheckInCode(long slotId, String code) {
        db.sql("update mission_slots set check_in_code = :code where id = :id").param("id", slotId).param("code", code).update();
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
                .param("s", slotId).param("m", memberId).query(SIGNUP_ROW).optional();
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

    /** Lottery entrants by rank come first, then later sign-ups in the order they came. */
    List<Signup> waitlist(long slotId) {
        return db.sql("select " + SIGNUP + " from slot_signups where slot_id = :s and status = 'waitlisted' order by lottery_rank nulls last, id")
                .param("s", slotId).query(SIGNUP_ROW).list();
    }

    void book(long signupId) {
        db.sql("update slot_signups set status = 'booked' where id = :id").param("id", signupId).update();
    }

    Optional<Signup> signup(long id) {
        return db.sql("select " + SIGNUP + " from slot_signups where id = :id").param("id", id).query(SIGNUP_ROW).optional();
    }

    /**
     * The member's sign-ups, soonest first: slots not yet over by start, then the ones that are over,
     * the latest first; a waitlisted one with its place in the same order that promotion follows.
     */
    List<ScheduleEntry> scheduleOf(long memberId) {
        return db.sql("select " + SIGNUP_COLUMNS + """
                        , m.slug, m.title, s.starts_at, s.ends_at, s.place,
                        case when u.status = 'waitlisted' then (
                            select count(*) + 1 from slot_signups w where w.slot_id = u.slot_id and w.status = 'waitlisted'
                            and (coalesce(w.lottery_rank, 2147483647), w.id) < (coalesce(u.lottery_rank, 2147483647), u.id))::int
                        end as waitlist_position
                        from slot_signups u join mission_slots s on s.id = u.slot_id join missions m on m.id = s.mission_id
                        where u.member_id = :m
                        order by s.ends_at <= now(), case when s.ends_at > now() then s.starts_at end, s.starts_at desc, u.id
                        limit 200""")
                .param("m", memberId).query(ENTRY_ROW).list();
    }

    Optional<ScheduleEntry> entry(long signupId) {
        return db.sql("select " + SIGNUP_COLUMNS + """
                        , m.slug, m.title, s.starts_at, s.ends_at, s.place, null::int as waitlist_position
                        from slot_signups u join mission_slots s on s.id = u.slot_id join missions m on m.id = s.mission_id
                        where u.id = :id""")
                .param("id", signupId).query(ENTRY_ROW).optional();
    }

    /** Everyone on the slot: by status, then in draw order, then in the order they came. */
    List<Signup> roster(long slotId) {
        return db.sql("select " + SIGNUP_COLUMNS + " from slot_signups u where u.slot_id = :s"
                        + " order by u.status, u.lottery_rank nulls last, u.id")
                .param("s", slotId).query(SIGNUP_ROW).list();
    }

    /** The signup, locked: attendance and decisions on it take turns. */
    Optional<Signup> lockSignup(long id) {
        return db.sql("select " + SIGNUP + " from slot_signups where id = :id for update").param("id", id).query(SIGNUP_ROW).optional();
    }

    void checkIn(long signupId) {
        db.sql("update slot_signups set checked_in_at = now(), no_show = false where id = :id").param("id", signupId).update();
    }

    void checkOut(long signupId, Instant at, boolean automatic, int minutes) {
        db.sql("update slot_signups set checked_out_at = :at, auto_checked_out = :auto, minutes = :min where id = :id")
                .param("id", signupId).param("at", Timestamp.from(at)).param("auto", automatic).param("min", minutes).update();
    }

    void decideHours(long signupId, String status, int minutes, String note, Long by) {
        db.sql("""
                        update slot_signups set hours_status = :s, minutes = :min, hours_note = :note, hours_by = :by, hours_at = now()
                        where id = :id""")
                .param("id", signupId).param("s", status).param("min", minutes).param("note", note).param("by", by).update();
    }

    /** Checked in, never checked out, and the slot ended more than the grace period ago. */
    List<Signup> forgottenCheckOuts(Instant endedBefore) {
        return db.sql("select " + SIGNUP_COLUMNS + """
                         from slot_signups u join mission_slots s on s.id = u.slot_id
                        where u.status = 'booked' and u.checked_in_at is not null and u.checked_out_at is null
                          and s.ends_at < :before limit 500""")
                .param("before", Timestamp.from(endedBefore)).query(SIGNUP_ROW).list();
    }

    /** A sign-up just marked as a no-show. */
    record NoShow(long signupId, long slotId, long missionId, long memberId) {
    }

    /** Booked, never checked in, and the slot is over: a no-show until a dispute about it says otherwise. */
    List<NoShow> markNoShows(Instant endedBefore) {
        return db.sql("""
                        update slot_signups u set no_show = true from mission_slots s
                        where s.id = u.slot_id and u.status = 'booked' and u.checked_in_at is null and not u.no_show
                          and u.hours_status is null and s.ends_at < :before
                          and not exists (select 1 from disputes d where d.kind = 'no-show' and d.item_id = u.id)
                        returning u.id as signup_id, u.slot_id, s.mission_id, u.member_id""")
                .param("before", Timestamp.from(endedBefore)).query(NoShow.class).list();
    }

    /** Booked sign-ups whose slot starts before the given time and who have not been reminded yet. */
    List<ScheduleEntry> dueReminders(Instant startsBefore) {
        return db.sql("select " + SIGNUP_COLUMNS + """
                        , m.slug, m.title, s.starts_at, s.ends_at, s.place, null::int as waitlist_position
                        from slot_signups u join mission_slots s on s.id = u.slot_id join missions m on m.id = s.mission_id
                        where u.status = 'booked' and u.reminded_at is null and s.starts_at > now() and s.starts_at < :before
                        order by s.starts_at limit 500 for update of u skip locked""")
                .param("before", Timestamp.from(startsBefore))
                .query(ENTRY_ROW).list();
    }

    void reminded(long signupId) {
        db.sql("update slot_signups set reminded_at = now() where id = :id").param("id", signupId).update();
    }

    /** Slots whose opt-in window has closed and that are not drawn yet. */
    List<Long> dueDraws(Instant now) {
        return db.sql("select id from mission_slots where drawn_at is null and opt_in_until <= :now order by opt_in_until limit 100")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    List<Signup> entrants(long slotId) {
        return db.sql("select " + SIGNUP + " from slot_signups where slot_id = :s and status = 'entered' order by id")
                .param("s", slotId).query(SIGNUP_ROW).list();
    }

    void drawn(long slotId, long seed) {
        db.sql("update mission_slots set lottery_seed = :seed, drawn_at = now() where id = :id")
                .param("id", slotId).param("seed", seed).update();
    }

    void placeEntrant(long signupId, String status, double weight, int rank) {
        db.sql("update slot_signups set status = :s, lottery_weight = :w, lottery_rank = :r where id = :id")
                .param("id", signupId).param("s", status).param("w", weight).param("r", rank).update();
    }

    /** Places (party sizes) the member was booked for in slots that started in the window. */
    int recentPlaces(long memberId, Instant since) {
        return db.sql("""
                        select coalesce(sum(u.party_size), 0)::int from slot_signups u join mission_slots s on s.id = u.slot_id
                        where u.member_id = :m and u.status = 'booked' and s.starts_at >= :since and s.starts_at < now()""")
                .param("m", memberId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    void clearNoShow(long signupId) {
        db.sql("update slot_signups set no_show = false where id = :id").param("id", signupId).update();
    }

    List<ShiftRecords.SlotRecord> slotRecords(Collection<Long> ids) {
        return db.sql("""
                        select id, mission_id, starts_at, ends_at, capacity, opt_in_until is not null as lottery,
                               drawn_at is not null as drawn
                        from mission_slots where id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new)).query(ShiftRecords.SlotRecord.class).list();
    }

    List<ShiftRecords.SignupRecord> signupRecords(Collection<Long> ids) {
        return db.sql("""
                        select id, slot_id, member_id, party_size, status, late,
                               status = 'entered' or lottery_rank is not null as lottery_entrant, no_show,
                               case when hours_status = 'approved' then minutes end as approved_minutes
                        from slot_signups where id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new)).query(ShiftRecords.SignupRecord.class).list();
    }
}
