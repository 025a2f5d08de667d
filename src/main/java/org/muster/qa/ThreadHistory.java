package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * When a seeded thread happened. The demo writes its community through the services in one go, so
 * every post is born the same minute; this spreads a thread back over the weeks a real one takes
 * (answers hours apart, comments minutes after their post) and gives it the views it would have had.
 * It checks nothing, so only the demo lists {@code qa :: history}.
 */
@Service
@NamedInterface("history")
public class ThreadHistory {

    private final JdbcClient db;

    ThreadHistory(JdbcClient db) {
        this.db = db;
    }

    @Transactional
    public void date(long questionId, Instant askedAt, int views) {
        var asked = Timestamp.from(askedAt);
        db.sql("""
                        update posts a set created_at = cast(:asked as timestamptz) + make_interval(hours => (r.n * (2 + a.id % 9))::int),
                                           last_activity_at = cast(:asked as timestamptz) + make_interval(hours => (r.n * (2 + a.id % 9))::int)
                        from (select id, row_number() over (order by id) as n from posts where question_id = :id) r
                        where a.id = r.id""")
                .param("asked", asked).param("id", questionId).update();
        db.sql("""
                        update posts set created_at = cast(:asked as timestamptz), view_count = :views,
                               last_activity_at = coalesce((select max(created_at) from posts where question_id = :id), cast(:asked as timestamptz))
                        where id = :id""")
                .param("asked", asked).param("views", views).param("id", questionId).update();
        db.sql("""
                        update comments c set created_at = p.created_at + make_interval(mins => (20 + c.id % 180)::int)
                        from posts p where p.id = c.post_id and (p.id = :id or p.question_id = :id)""")
                .param("id", questionId).update();
        // What moderators and staff did to the thread happened after its last answer, not before its question.
        db.sql("""
                        update posts set validated_at = created_at + interval '1 day'
                        where question_id = :id and validated_at is not null""")
                .param("id", questionId).update();
        db.sql("""
                        update posts set closed_at = case when closed_at is null then null else last_activity_at + interval '3 hours' end,
                               locked_at = case when locked_at is null then null else last_activity_at + interval '4 hours' end,
                               pinned_at = case when pinned_at is null then null else last_activity_at + interval '5 hours' end
                        where id = :id""")
                .param("id", questionId).update();
    }
}
