package org.muster.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;

/** Which weekly summaries went to whom ({@code insight_summaries}). */
@Repository
class SummaryLog {

    private final JdbcClient db;

    SummaryLog(JdbcClient db) {
        this.db = db;
    }

    /** True when this member's summary of the week starting on {@code monday} was not recorded yet, and records it. */
    boolean record(long memberId, LocalDate monday) {
        return db.sql("insert into insight_summaries (member_id, week) values (:member, :week) on conflict do nothing")
                .param("member", memberId).param("week", Date.valueOf(monday)).update() == 1;
    }
}
