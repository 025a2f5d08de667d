package org.muster.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The weekly ticket counts admins imported from their help desk, by the week's Monday. */
@Repository
class HelpDeskWeeks {

    /** One week's count: {@code week} is its Monday. */
    record Week(LocalDate week, long tickets) {
    }

    private final JdbcClient db;

    HelpDeskWeeks(JdbcClient db) {
        this.db = db;
    }

    /** Writes these weeks, replacing a week imported before. */
    void replace(List<Week> weeks, long importedBy) {
        db.sql("""
                insert into insight_help_desk_weeks (week, tickets, imported_by)
                select week, tickets, :by from unnest(:weeks, :tickets) as w (week, tickets)
                on conflict (week) do update set tickets = excluded.tickets, imported_by = excluded.imported_by,
                    imported_at = now()""")
                .param("weeks", weeks.stream().map(w -> Date.valueOf(w.week())).toArray(Date[]::new))
                .param("tickets", weeks.stream().map(Week::tickets).toArray(Long[]::new))
                .param("by", importedBy)
                .update();
    }

    /** The counts of the weeks whose Monday lies between these days, both included. */
    Map<LocalDate, Long> between(LocalDate firstMonday, LocalDate lastMonday) {
        var weeks = new TreeMap<LocalDate, Long>();
        db.sql("select week, tickets from insight_help_desk_weeks where week between :from and :to")
                .param("from", Date.valueOf(firstMonday)).param("to", Date.valueOf(lastMonday))
                .query((rs, n) -> weeks.put(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        return weeks;
    }
}
