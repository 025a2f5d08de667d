package org.muster.insights;

import org.muster.missions.shifts.ShiftRecords.SignupRecord;
import org.muster.missions.shifts.ShiftRecords.SlotRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The peer army's facts: slots, sign-ups and matches from missions, the ledger's legs from rewards. */
@Repository
class PeerArmyFacts {

    /** One ledger leg that figures read; owner is the member, program or partner (0 for the catalog). */
    record Leg(long transactionId, String kind, long ownerId, String currency, long amount, Instant postedAt) {
    }

    private final JdbcClient db;

    PeerArmyFacts(JdbcClient db) {
        this.db = db;
    }

    void clearMissions() {
        db.sql("delete from insight_signups").update();
        db.sql("delete from insight_slots").update();
        db.sql("delete from insight_matches").update();
    }

    void clearLedger() {
        db.sql("delete from insight_ledger_legs").update();
    }

    boolean hasSignup(long signupId) {
        return db.sql("select exists (select 1 from insight_signups where signup_id = :id)").param("id", signupId)
                .query(Boolean.class).single();
    }

    void putSlots(Collection<SlotRecord> slots) {
        if (slots.isEmpty()) return;
        var list = List.copyOf(slots);
        db.sql("""
                insert into insight_slots (slot_id, mission_id, starts_at, ends_at, capacity, lottery, drawn)
                select * from unnest(:ids, :missions, :starts, :ends, :capacities, :lotteries, :drawn)
                on conflict (slot_id) do update set mission_id = excluded.mission_id, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, capacity = excluded.capacity, lottery = excluded.lottery, drawn = excluded.drawn""")
                .param("ids", list.stream().map(SlotRecord::id).toArray(Long[]::new))
                .param("missions", list.stream().map(SlotRecord::missionId).toArray(Long[]::new))
                .param("starts", list.stream().map(s -> Timestamp.from(s.startsAt())).toArray(Timestamp[]::new))
                .param("ends", list.stream().map(s -> Timestamp.from(s.endsAt())).toArray(Timestamp[]::new))
                .param("capacities", list.stream().map(SlotRecord::capacity).toArray(Integer[]::new))
                .param("lotteries", list.stream().map(SlotRecord::lottery).toArray(Boolean[]::new))
                .param("drawn", list.stream().map(SlotRecord::drawn).toArray(Boolean[]::new))
                .update();
    }

    /** Sign-ups as they stand; whether one ever waited or was moved up only ever turns true. */
    void putSignups(Collection<SignupRecord> signups, Collection<Long> waitlisted, Collection<Long> promoted) {
        if (signups.isEmpty()) return;
        var list = List.copyOf(signups);
        db.sql("""
                insert into insight_signups (signup_id, slot_id, member_id, party_size, status, late, lottery_entrant, no_show,
                                             approved_minutes, waitlisted, promoted)
                select * from unnest(:ids, :slots, :members, :parties, :statuses, :late, :entrants, :noShows, :minutes,
                                     :waitlisted, :promoted)
                on conflict (signup_id) do update set slot_id = excluded.slot_id, member_id = excluded.member_id,
                    party_size = excluded.party_size, status = excluded.status, late = excluded.late,
                    lottery_entrant = excluded.lottery_entrant, no_show = excluded.no_show,
                    approved_minutes = excluded.approved_minutes,
                    waitlisted = insight_signups.waitlisted or excluded.waitlisted,
                    promoted = insight_signups.promoted or excluded.promoted""")
                .param("ids", list.stream().map(SignupRecord::id).toArray(Long[]::new))
                .param("slots", list.stream().map(SignupRecord::slotId).toArray(Long[]::new))
                .param("members", list.stream().map(SignupRecord::memberId).toArray(Long[]::new))
                .param("parties", list.stream().map(SignupRecord::partySize).toArray(Integer[]::new))
                .param("statuses", list.stream().map(SignupRecord::status).toArray(String[]::new))
                .param("late", list.stream().map(SignupRecord::late).toArray(Boolean[]::new))
                .param("entrants", list.stream().map(SignupRecord::lotteryEntrant).toArray(Boolean[]::new))
                .param("noShows", list.stream().map(SignupRecord::noShow).toArray(Boolean[]::new))
                .param("minutes", list.stream().map(SignupRecord::approvedMinutes).toArray(Integer[]::new))
                .param("waitlisted", list.stream().map(s -> waitlisted.contains(s.id())).toArray(Boolean[]::new))
                .param("promoted", list.stream().map(s -> promoted.contains(s.id())).toArray(Boolean[]::new))
                .update();
    }

    void matchRequested(long requestId, Instant at) {
        db.sql("insert into insight_matches (request_id, requested_at) values (:id, :at) on conflict (request_id) do nothing")
                .param("id", requestId).param("at", Timestamp.from(at)).update();
    }

    /** A match reached a stage: accepted by a peer (made), confirmed by both sides, or completed (met). */
    void matchReached(long requestId, String status) {
        db.sql("""
                update insight_matches set made = made or :status in ('accepted', 'confirmed', 'completed'),
                    confirmed = confirmed or :status in ('confirmed', 'completed'), met = met or :status = 'completed'
                where request_id = :id""")
                .param("id", requestId).param("status", status).update();
    }

    void matchRated(long requestId, int stars) {
        db.sql("update insight_matches set ratings = ratings + 1, stars = stars + :stars where request_id = :id")
                .param("id", requestId).param("stars", stars).update();
    }

    /** A transaction's legs; writing them again (the same transaction) changes nothing. */
    void putLegs(Collection<Leg> legs) {
        if (legs.isEmpty()) return;
        var list = List.copyOf(legs);
        db.sql("""
                insert into insight_ledger_legs (transaction_id, kind, owner_id, currency, amount, posted_at)
                select * from unnest(:transactions, :kinds, :owners, :currencies, :amounts, :posted)
                on conflict (transaction_id, kind, owner_id, currency) do update set amount = excluded.amount,
                    posted_at = excluded.posted_at""")
                .param("transactions", list.stream().map(Leg::transactionId).toArray(Long[]::new))
                .param("kinds", list.stream().map(Leg::kind).toArray(String[]::new))
                .param("owners", list.stream().map(Leg::ownerId).toArray(Long[]::new))
                .param("currencies", list.stream().map(Leg::currency).toArray(String[]::new))
                .param("amounts", list.stream().map(Leg::amount).toArray(Long[]::new))
                .param("posted", list.stream().map(l -> Timestamp.from(l.postedAt())).toArray(Timestamp[]::new))
                .update();
    }

    /** Slots starting on a day: places offered and taken, sign-ups that waited or were moved up, draws and entrants. */
    record FillDay(LocalDate day, long slots, long offered, long taken, long waitlisted, long promoted, long drawn,
                   long entrants) {
    }

    List<FillDay> fill(Period period) {
        return db.sql("""
                select (s.starts_at at time zone 'utc')::date as day, count(*) as slots, sum(s.capacity) as offered,
                       coalesce(sum(u.taken), 0) as taken, coalesce(sum(u.waitlisted), 0) as waitlisted,
                       coalesce(sum(u.promoted), 0) as promoted, count(*) filter (where s.drawn) as drawn,
                       coalesce(sum(u.entrants), 0) as entrants
                from insight_slots s left join lateral (
                    select sum(party_size) filter (where status = 'booked') as taken,
                           count(*) filter (where waitlisted) as waitlisted, count(*) filter (where promoted) as promoted,
                           count(*) filter (where lottery_entrant) as entrants
                    from insight_signups where slot_id = s.slot_id) u on true
                where s.starts_at >= :from and s.starts_at < :to
                group by 1 order by 1""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(FillDay.class).list();
    }

    /**
     * Slots starting on a day: sign-ups booked on slots over by {@code now} and how many of them were
     * no-shows, commitments (booked, or withdrawn late) and late withdrawals, and the approved minutes.
     */
    record AttendanceDay(LocalDate day, long due, long noShows, long commitments, long lateWithdrawals, long minutes) {
    }

    List<AttendanceDay> attendance(Period period, Instant now) {
        return db.sql("""
                select (s.starts_at at time zone 'utc')::date as day,
                       count(*) filter (where u.status = 'booked' and s.ends_at <= :now) as due,
                       count(*) filter (where u.status = 'booked' and u.no_show) as no_shows,
                       count(*) filter (where u.status = 'booked' or u.status = 'withdrawn' and u.late) as commitments,
                       count(*) filter (where u.status = 'withdrawn' and u.late) as late_withdrawals,
                       coalesce(sum(u.approved_minutes), 0) as minutes
                from insight_slots s join insight_signups u on u.slot_id = s.slot_id
                where s.starts_at >= :from and s.starts_at < :to
                group by 1 order by 1""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .param("now", Timestamp.from(now)).query(AttendanceDay.class).list();
    }

    /** Match requests made in a period, by how far they got, and the ratings given on them. */
    record MatchStages(long requested, long made, long confirmed, long met, long rated, long ratings, long stars) {
    }

    MatchStages matches(Period period) {
        return db.sql("""
                select count(*) as requested, count(*) filter (where made) as made, count(*) filter (where confirmed) as confirmed,
                       count(*) filter (where met) as met, count(*) filter (where ratings > 0) as rated,
                       coalesce(sum(ratings), 0) as ratings, coalesce(sum(stars), 0) as stars
                from insight_matches where requested_at >= :from and requested_at < :to""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(MatchStages.class).single();
    }

    /** Per booked sign-up on slots starting in the period: how many each member got (members with none are absent). */
    List<Long> slotsPerMember(Period period) {
        return db.sql("""
                select count(*) from insight_signups u join insight_slots s on s.slot_id = u.slot_id
                where u.status = 'booked' and s.starts_at >= :from and s.starts_at < :to
                group by u.member_id""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(Long.class).list();
    }

    /**
     * Points each member earned in the period: per transaction, what it added to the member's points
     * (available and pending together, so a release moves nothing); redemptions and their refunds (the
     * catalog's side) are no earning, and a deduction earns nothing.
     */
    List<Long> pointsEarnedPerMember(Period period) {
        return db.sql("""
                select sum(net) from (
                    select l.transaction_id, l.owner_id, sum(l.amount) as net from insight_ledger_legs l
                    where l.kind in ('member', 'pending') and l.currency = 'points'
                      and l.posted_at >= :from and l.posted_at < :to
                      and not exists (select 1 from insight_ledger_legs c where c.transaction_id = l.transaction_id and c.kind = 'catalog')
                    group by l.transaction_id, l.owner_id) t
                where net > 0 group by owner_id""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(Long.class).list();
    }

    /** Points members spent in the catalog in the period, less what refunds gave back. */
    long pointsRedeemed(Period period) {
        return db.sql("""
                select coalesce(sum(amount), 0) from insight_ledger_legs
                where kind = 'catalog' and currency = 'points' and posted_at >= :from and posted_at < :to""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(Long.class).single();
    }

    /** Points held as pending on members' accounts at the end of the period. */
    long pointsPendingAtEnd(Period period) {
        return db.sql("select coalesce(sum(amount), 0) from insight_ledger_legs where kind = 'pending' and currency = 'points' and posted_at < :to")
                .param("to", Timestamp.from(period.end())).query(Long.class).single();
    }

    /** A program's budget or a partner's sponsor pool in one currency: spent in the period, left at its end. */
    record Fund(String kind, long ownerId, String currency, long spent, long remaining) {
    }

    List<Fund> funds(Period period) {
        return db.sql("""
                select kind, owner_id, currency,
                       -coalesce(sum(amount) filter (where amount < 0 and posted_at >= :from), 0) as spent,
                       sum(amount) as remaining
                from insight_ledger_legs where kind in ('budget', 'pool') and posted_at < :to
                group by kind, owner_id, currency order by kind, owner_id, currency""")
                .param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(Fund.class).list();
    }
}
