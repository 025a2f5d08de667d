package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class InstantAnswerRepository {

    /** One instant answer offered to a member; {@code outcome} null while he has not answered it. */
    record Offer(long id, long memberId, long questionId, long spaceId, Instant shownAt, Instant lastShownAt,
                 String outcome) {
    }

    private static final String COLUMNS = "id, member_id, question_id, space_id, shown_at, last_shown_at, outcome";

    private final JdbcClient db;

    InstantAnswerRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Offer> find(long id) {
        return db.sql("select " + COLUMNS + " from knowledge_instant_answers where id = :id")
                .param("id", id).query(Offer.class).optional();
    }

    /** The member's open offer of this question, else the one he answered last since {@code since}. */
    Optional<Offer> findCurrent(long memberId, long questionId, Instant since) {
        return db.sql("select " + COLUMNS + """
                 from knowledge_instant_answers
                where member_id = :member and question_id = :question and (outcome is null or last_shown_at >= :since)
                order by outcome is null desc, id desc limit 1""")
                .param("member", memberId).param("question", questionId).param("since", Timestamp.from(since))
                .query(Offer.class).optional();
    }

    /** A new open offer, or empty when one is open already (offered by a request of the member's at the same moment). */
    Optional<Offer> insert(long memberId, long questionId, long spaceId, Instant now) {
        return db.sql("insert into knowledge_instant_answers (member_id, question_id, space_id, shown_at, last_shown_at)"
                        + " values (:member, :question, :space, :now, :now) on conflict do nothing returning " + COLUMNS)
                .param("member", memberId).param("question", questionId).param("space", spaceId)
                .param("now", Timestamp.from(now)).query(Offer.class).optional();
    }

    /** Notes that an open offer was shown again; false when it was answered meanwhile. */
    boolean updateShown(long id, Instant now) {
        return db.sql("update knowledge_instant_answers set last_shown_at = :now where id = :id and outcome is null")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Answers an open offer; false when it was answered already. */
    boolean updateOutcome(long id, String outcome, Instant now) {
        return db.sql("""
                update knowledge_instant_answers set outcome = :outcome, settled_at = :now
                where id = :id and outcome is null""")
                .param("id", id).param("outcome", outcome).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Answers every open offer of the member's but {@code except} (0: none), returning them. */
    List<Offer> updateOpenOf(long memberId, long except, String outcome, Instant now) {
        return db.sql("update knowledge_instant_answers set outcome = :outcome, settled_at = :now"
                        + " where member_id = :member and outcome is null and id <> :except returning " + COLUMNS)
                .param("member", memberId).param("except", except).param("outcome", outcome)
                .param("now", Timestamp.from(now)).query(Offer.class).list();
    }

    /** Marks as left the open offers last shown before {@code before}, at most {@code limit}, returning them. */
    List<Offer> updateLeft(Instant before, Instant now, int limit) {
        return db.sql("""
                update knowledge_instant_answers set outcome = 'left', settled_at = :now
                where id in (select id from knowledge_instant_answers where outcome is null and last_shown_at < :before
                             order by id limit :limit for update skip locked)
                returning""" + " " + COLUMNS)
                .param("before", Timestamp.from(before)).param("now", Timestamp.from(now)).param("limit", limit)
                .query(Offer.class).list();
    }

    /** Every UTC day on which an instant answer was shown. */
    List<LocalDate> listDays() {
        return db.sql("""
                select distinct (shown_at at time zone 'UTC')::date from knowledge_instant_answers order by 1""")
                .query(LocalDate.class).list();
    }

    /** Offers and outcomes per UTC day of showing and space, over these days. */
    List<InstantAnswerDay> countOn(Collection<LocalDate> days) {
        if (days.isEmpty()) return List.of();
        return db.sql("""
                select (shown_at at time zone 'UTC')::date as day, space_id, count(*) as shown,
                       count(*) filter (where outcome = 'solved') as solved,
                       count(*) filter (where outcome = 'declined') as declined,
                       count(*) filter (where outcome = 'left') as left_unanswered
                from knowledge_instant_answers
                where (shown_at at time zone 'UTC')::date = any(:days)
                group by 1, 2 order by 1, 2""")
                .param("days", days.stream().map(Date::valueOf).toArray(Date[]::new))
                .query((rs, n) -> new InstantAnswerDay(rs.getDate("day").toLocalDate(), rs.getLong("space_id"),
                        rs.getLong("shown"), rs.getLong("solved"), rs.getLong("declined"), rs.getLong("left_unanswered")))
                .list();
    }
}
