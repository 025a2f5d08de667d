package org.muster.insights;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The support family's facts, one row per live question ({@code insight_questions}), and the figures
 * that need more than daily counts: percentiles of durations, shares that depend on a question's age
 * at the time of reading, cohorts.
 */
@Repository
class SupportQuestions {

    /** One question's facts, staff-ness judged. */
    record Row(long questionId, long spaceId, Long askerId, List<String> tags, Instant askedAt, Instant firstResponseAt,
               boolean firstResponseByStaff, Instant acceptedAt, Instant resolvedAt, Instant escalatedAt,
               boolean staffIntervened, Instant askerReturnedAt, List<Long> people) {
    }

    /** A median and a 90th percentile, in seconds; null over no durations. */
    record Percentiles(Double median, Double p90) {
    }

    /** Of the questions old enough, how many, and how many of them had no response by then. */
    record Waiting(long old, long unanswered) {
    }

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    SupportQuestions(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    /** The UTC days these questions were asked on, as the facts have them now. */
    List<LocalDate> askedDays(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("""
                select distinct (asked_at at time zone 'utc')::date from insight_questions where question_id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new)).query(LocalDate.class).list();
    }

    void delete(Collection<Long> ids) {
        if (ids.isEmpty()) return;
        db.sql("delete from insight_questions where question_id = any(:ids)").param("ids", ids.toArray(Long[]::new)).update();
    }

    void deleteAll() {
        db.sql("delete from insight_questions").update();
    }

    void insert(Collection<Row> rows) {
        if (rows.isEmpty()) return;
        batch.batchUpdate("""
                insert into insight_questions (question_id, space_id, asker_id, tags, asked_at, first_response_at,
                    first_response_by_staff, accepted_at, resolved_at, escalated_at, staff_intervened, asker_returned_at, people)
                values (:id, :space, :asker, :tags, :asked, :firstResponse, :byStaff, :accepted, :resolved, :escalated,
                    :intervened, :returned, :people)""", rows.stream().map(row -> new MapSqlParameterSource()
                .addValue("id", row.questionId()).addValue("space", row.spaceId()).addValue("asker", row.askerId(), Types.BIGINT)
                .addValue("tags", row.tags().toArray(String[]::new)).addValue("asked", timestamp(row.askedAt()))
                .addValue("firstResponse", timestamp(row.firstResponseAt()), Types.TIMESTAMP)
                .addValue("byStaff", row.firstResponseByStaff())
                .addValue("accepted", timestamp(row.acceptedAt()), Types.TIMESTAMP)
                .addValue("resolved", timestamp(row.resolvedAt()), Types.TIMESTAMP)
                .addValue("escalated", timestamp(row.escalatedAt()), Types.TIMESTAMP)
                .addValue("intervened", row.staffIntervened())
                .addValue("returned", timestamp(row.askerReturnedAt()), Types.TIMESTAMP)
                .addValue("people", row.people().toArray(Long[]::new))).toArray(MapSqlParameterSource[]::new));
    }

    /** The questions of these askers that wait for their asker to post again: a new post may be it. */
    List<Long> waitingForAskers(Collection<Long> askerIds) {
        if (askerIds.isEmpty()) return List.of();
        return db.sql("select question_id from insight_questions where asker_id = any(:ids) and asker_returned_at is null")
                .param("ids", askerIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The questions these members took part in: whether they are staff changes the question's facts. */
    List<Long> involving(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) return List.of();
        return db.sql("select question_id from insight_questions where people && :ids")
                .param("ids", memberIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /**
     * The daily totals of these asking days (all days when null), in every space, for all tags ('')
     * and each tag: asked, answered, resolved, escalated, staff-intervened, first answered by staff.
     */
    List<DailyTotals.Cell> totals(Collection<LocalDate> days) {
        return db.sql("""
                with counted as (
                    select (q.asked_at at time zone 'utc')::date as day, q.space_id, t.tag,
                           count(*) as asked, count(q.first_response_at) as answered, count(q.resolved_at) as resolved,
                           count(q.escalated_at) as escalated, count(*) filter (where q.staff_intervened) as intervened,
                           count(*) filter (where q.first_response_by_staff) as by_staff
                    from insight_questions q cross join lateral unnest(array_prepend('', q.tags)) as t(tag)
                    where cast(:days as date[]) is null or (q.asked_at at time zone 'utc')::date = any(:days)
                    group by 1, 2, 3
                )
                select v.measure, c.day, c.space_id, c.tag, v.value
                from counted c cross join lateral (values
                    (:asked, c.asked), (:answered, c.answered), (:resolved, c.resolved), (:escalated, c.escalated),
                    (:intervened, c.intervened), (:byStaff, c.by_staff)) as v(measure, value)
                where v.value > 0""")
                .param("days", days == null ? null : days.stream().map(Date::valueOf).toArray(Date[]::new))
                .param("asked", SupportFacts.ASKED).param("answered", SupportFacts.ANSWERED)
                .param("resolved", SupportFacts.RESOLVED).param("escalated", SupportFacts.ESCALATED)
                .param("intervened", SupportFacts.STAFF_INTERVENED).param("byStaff", SupportFacts.ANSWERED_BY_STAFF)
                .query((rs, n) -> new DailyTotals.Cell(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3),
                        rs.getString(4), rs.getLong(5)))
                .list();
    }

    /**
     * The median and 90th percentile of the time from asking to {@code column} (first_response_at or
     * resolved_at) over the scope's questions that have one, over the whole period and per asking day.
     */
    Map<LocalDate, Percentiles> percentiles(String column, Scope scope) {
        if (!column.equals("first_response_at") && !column.equals("resolved_at")) throw new IllegalArgumentException(column);
        var result = new TreeMap<LocalDate, Percentiles>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        db.sql("""
                select day, percentile_cont(0.5) within group (order by took), percentile_cont(0.9) within group (order by took)
                from (select (asked_at at time zone 'utc')::date as day, extract(epoch from %1$s - asked_at)::float8 as took
                      from insight_questions
                      where %1$s is not null and space_id = any(:spaces) and asked_at >= :from and asked_at < :to
                        and (cast(:tag as text) is null or :tag = any(tags))) d
                group by grouping sets ((day), ())""".formatted(column))
                .param("spaces", scope.spaceArray()).param("tag", scope.tag())
                .param("from", timestamp(scope.period().start())).param("to", timestamp(scope.period().end()))
                .query((rs, n) -> result.put(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        new Percentiles((Double) rs.getObject(2), (Double) rs.getObject(3))))
                .list();
        return result;
    }

    /** The questions that waited for a response over a short and a long window. */
    record Unanswered(Waiting afterShort, Waiting afterLong) {
    }

    /**
     * For a short and a long window: questions of the scope at least that old at its {@code now}, and how
     * many of those had no response within it of asking; over the period and per asking day (key null:
     * the period), in one reading.
     */
    Map<LocalDate, Unanswered> unanswered(Duration shortWindow, Duration longWindow, Scope scope) {
        var result = new TreeMap<LocalDate, Unanswered>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        db.sql("""
                select day, count(*) filter (where old_short), count(*) filter (where old_short and waited_short),
                       count(*) filter (where old_long), count(*) filter (where old_long and waited_long)
                from (select (asked_at at time zone 'utc')::date as day,
                             asked_at <= :oldestShort as old_short, asked_at <= :oldestLong as old_long,
                             first_response_at is null or first_response_at > asked_at + make_interval(secs => :short) as waited_short,
                             first_response_at is null or first_response_at > asked_at + make_interval(secs => :long) as waited_long
                      from insight_questions
                      where space_id = any(:spaces) and asked_at >= :from and asked_at < :to and asked_at <= :oldestShort
                        and (cast(:tag as text) is null or :tag = any(tags))) d
                group by grouping sets ((day), ())""")
                .param("short", shortWindow.toSeconds()).param("long", longWindow.toSeconds())
                .param("oldestShort", timestamp(scope.now().minus(shortWindow)))
                .param("oldestLong", timestamp(scope.now().minus(longWindow)))
                .param("spaces", scope.spaceArray()).param("tag", scope.tag())
                .param("from", timestamp(scope.period().start())).param("to", timestamp(scope.period().end()))
                .query((rs, n) -> result.put(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        new Unanswered(new Waiting(rs.getLong(2), rs.getLong(3)), new Waiting(rs.getLong(4), rs.getLong(5)))))
                .list();
        return result;
    }

    /** Of one cohort of the scope's questions, those whose window has passed, and whose asker came back in it. */
    record Cohort(long counted, long returned) {
    }

    /** The two cohorts over the short and the long window. */
    record Cohorts(Cohort acceptedShort, Cohort acceptedLong, Cohort unansweredShort, Cohort unansweredLong) {
    }

    /**
     * The retention of askers whose question got an accepted answer or had no response within 7 days: of
     * the scope's questions asked at least a window before its {@code now}, how many, and how many askers
     * posted again within that window of asking; for a short and a long window, in one reading.
     */
    Cohorts cohorts(Duration shortWindow, Duration longWindow, Scope scope) {
        return db.sql("""
                select count(*) filter (where accepted and short_passed),
                       count(*) filter (where accepted and short_passed and back_short),
                       count(*) filter (where accepted and long_passed),
                       count(*) filter (where accepted and long_passed and back_long),
                       count(*) filter (where unanswered and short_passed),
                       count(*) filter (where unanswered and short_passed and back_short),
                       count(*) filter (where unanswered and long_passed),
                       count(*) filter (where unanswered and long_passed and back_long)
                from (select accepted_at is not null as accepted,
                             first_response_at is null or first_response_at > asked_at + interval '7 days' as unanswered,
                             asked_at <= :oldestShort as short_passed, asked_at <= :oldestLong as long_passed,
                             asker_returned_at <= asked_at + make_interval(secs => :short) as back_short,
                             asker_returned_at <= asked_at + make_interval(secs => :long) as back_long
                      from insight_questions
                      where space_id = any(:spaces) and asked_at >= :from and asked_at < :to and asked_at <= :oldestShort
                        and asker_id is not null and (cast(:tag as text) is null or :tag = any(tags))) q""")
                .param("short", shortWindow.toSeconds()).param("long", longWindow.toSeconds())
                .param("oldestShort", timestamp(scope.now().minus(shortWindow)))
                .param("oldestLong", timestamp(scope.now().minus(longWindow)))
                .param("spaces", scope.spaceArray()).param("tag", scope.tag())
                .param("from", timestamp(scope.period().start())).param("to", timestamp(scope.period().end()))
                .query((rs, n) -> new Cohorts(new Cohort(rs.getLong(1), rs.getLong(2)), new Cohort(rs.getLong(3), rs.getLong(4)),
                        new Cohort(rs.getLong(5), rs.getLong(6)), new Cohort(rs.getLong(7), rs.getLong(8))))
                .single();
    }

    /** The median time to a first response over questions asked since {@code since}, in every space. */
    Double medianFirstResponseSince(Instant since) {
        return db.sql("""
                select percentile_cont(0.5) within group (order by extract(epoch from first_response_at - asked_at)::float8)
                from insight_questions where first_response_at is not null and asked_at >= :since""")
                .param("since", timestamp(since)).query((rs, n) -> (Double) rs.getObject(1)).list().getFirst();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
