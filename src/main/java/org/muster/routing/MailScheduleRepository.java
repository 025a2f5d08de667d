package org.muster.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Time;
import java.time.DayOfWeek;
import java.util.Optional;

@Repository
class MailScheduleRepository {

    private final JdbcClient db;

    MailScheduleRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<MailSchedule> find(long memberId) {
        return db.sql("""
                        select quiet_start, quiet_end, digest_hour, weekly_day
                        from notification_mail_preferences where member_id = :member""")
                .param("member", memberId)
                .query((rs, n) -> new MailSchedule(
                        rs.getTime("quiet_start") == null ? null : rs.getTime("quiet_start").toLocalTime(),
                        rs.getTime("quiet_end") == null ? null : rs.getTime("quiet_end").toLocalTime(),
                        rs.getInt("digest_hour"), DayOfWeek.of(rs.getInt("weekly_day"))))
                .optional();
    }

    void save(long memberId, MailSchedule schedule) {
        db.sql("""
                        insert into notification_mail_preferences (member_id, quiet_start, quiet_end, digest_hour, weekly_day)
                        values (:member, :start, :end, :hour, :day)
                        on conflict (member_id) do update set quiet_start = excluded.quiet_start,
                            quiet_end = excluded.quiet_end, digest_hour = excluded.digest_hour,
                            weekly_day = excluded.weekly_day""")
                .param("member", memberId)
                .param("start", schedule.quietStart() == null ? null : Time.valueOf(schedule.quietStart()))
                .param("end", schedule.quietEnd() == null ? null : Time.valueOf(schedule.quietEnd()))
                .param("hour", schedule.digestHour()).param("day", schedule.weeklyDay().getValue())
                .update();
    }
}
