package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How many answers each member gave per week: engagement scores weigh recent, steady help. */
@Service
@NamedInterface("api")
public class AnswerActivity {

    public record WeeklyAnswers(long authorId, LocalDate week, int answers) {
    }

    private final JdbcClient db;

    AnswerActivity(JdbcClient db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<WeeklyAnswers> since(Instant since) {
        return db.sql("""
                        select author_id, date_trunc('week', created_at at time zone 'UTC')::date as week, count(*)::int as answers
                        from posts where kind = 'answer' and deleted_at is null and author_id is not null and created_at >= :since
                        group by author_id, week""")
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new WeeklyAnswers(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3))).list();
    }
}
