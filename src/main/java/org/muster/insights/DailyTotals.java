package org.muster.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily totals every family keeps in {@code insight_days}: a value per measure, UTC day, space and
 * tag ('' for all tags). A family recomputes the days it touched ({@link #clear} then {@link #add}) and
 * reads periods back as a sum or day by day.
 */
@Repository
class DailyTotals {

    /** One cell: a measure's value on a day in a space, for a tag or ('') all tags. */
    record Cell(String measure, LocalDate day, long spaceId, String tag, long value) {
    }

    private final JdbcClient db;

    DailyTotals(JdbcClient db) {
        this.db = db;
    }

    /** Forgets these days of every measure starting with {@code prefix} (e.g. "support."), in every space. */
    void clear(String prefix, Collection<LocalDate> days) {
        if (days.isEmpty()) return;
        db.sql("delete from insight_days where measure like :prefix and day = any(:days)")
                .param("prefix", prefix + "%").param("days", days.stream().map(Date::valueOf).toArray(Date[]::new)).update();
    }

    /** Forgets every day of every measure starting with {@code prefix}: the first step of a rebuild. */
    void clear(String prefix) {
        db.sql("delete from insight_days where measure like :prefix").param("prefix", prefix + "%").update();
    }

    /** Adds these cells; a cell already there is added to. */
    void add(Collection<Cell> cells) {
        if (cells.isEmpty()) return;
        var list = List.copyOf(cells);
        db.sql("""
                insert into insight_days (measure, day, space_id, tag, value)
                select * from unnest(:measures, :days, :spaces, :tags, :values)
                on conflict (measure, tag, day, space_id) do update set value = insight_days.value + excluded.value""")
                .param("measures", list.stream().map(Cell::measure).toArray(String[]::new))
                .param("days", list.stream().map(c -> Date.valueOf(c.day())).toArray(Date[]::new))
                .param("spaces", list.stream().map(Cell::spaceId).toArray(Long[]::new))
                .param("tags", list.stream().map(Cell::tag).toArray(String[]::new))
                .param("values", list.stream().map(Cell::value).toArray(Long[]::new))
                .update();
    }

    /** The sum of each of these measures over the scope. */
    Map<String, Long> sums(Collection<String> measures, Scope scope) {
        var sums = new LinkedHashMap<String, Long>();
        measures.forEach(m -> sums.put(m, 0L));
        db.sql("""
                select measure, sum(value) from insight_days
                where measure = any(:measures) and tag = :tag and day between :from and :to and space_id = any(:spaces)
                group by measure""")
                .param("measures", measures.toArray(String[]::new)).param("tag", scope.tagKey())
                .param("from", Date.valueOf(scope.period().from())).param("to", Date.valueOf(scope.period().to()))
                .param("spaces", scope.spaceArray())
                .query((rs, n) -> sums.put(rs.getString(1), rs.getLong(2))).list();
        return sums;
    }

    /** A tag and a measure's sum under it. */
    record TagSum(String tag, long value) {
    }

    /**
     * A measure's sum over the scope's period and spaces under each tag (only the scope's tag when it has
     * one), largest first; tags whose sum is zero are left out.
     */
    List<TagSum> sumsByTag(String measure, Scope scope) {
        return db.sql("""
                select tag, sum(value) as value from insight_days
                where measure = :measure and tag <> '' and (:tag = '' or tag = :tag)
                  and day between :from and :to and space_id = any(:spaces)
                group by tag having sum(value) > 0 order by sum(value) desc, tag""")
                .param("measure", measure).param("tag", scope.tagKey())
                .param("from", Date.valueOf(scope.period().from())).param("to", Date.valueOf(scope.period().to()))
                .param("spaces", scope.spaceArray())
                .query(TagSum.class).list();
    }

    /** Each of these measures day by day over the scope; days without a value are absent. */
    Map<LocalDate, Map<String, Long>> perDay(Collection<String> measures, Scope scope) {
        var days = new java.util.TreeMap<LocalDate, Map<String, Long>>();
        db.sql("""
                select day, measure, sum(value) from insight_days
                where measure = any(:measures) and tag = :tag and day between :from and :to and space_id = any(:spaces)
                group by day, measure""")
                .param("measures", measures.toArray(String[]::new)).param("tag", scope.tagKey())
                .param("from", Date.valueOf(scope.period().from())).param("to", Date.valueOf(scope.period().to()))
                .param("spaces", scope.spaceArray())
                .query((rs, n) -> days.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getLong(3))).list();
        return days;
    }
}
