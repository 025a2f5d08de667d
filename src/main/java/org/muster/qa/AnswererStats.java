package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who answered what, aggregated per member, for routing new questions to those likely to answer them.
 * Every read counts only what existed before {@code before}, so that an evaluation can replay history;
 * live routing passes now. Live answers on live questions only; no authorization: the caller shows
 * counts, never the posts, and only within the question's own space.
 */
@Service
@NamedInterface("api")
public class AnswererStats {

    /** A member's answers among some questions, with how many were accepted, validated and upvoted. */
    public record AnswererRecord(long memberId, int answers, int accepted, int validated, int upVotes) {
    }

    /** How busy a member has been answering lately and how soon after a question they usually answer. */
    public record AnswererPace(long memberId, int recentAnswers, Duration usualDelay) {
    }

    private static final String AGGREGATE = """
            select a.author_id as member_id, count(*)::int as answers,
                   count(*) filter (where q.accepted_answer_id = a.id)::int as accepted,
                   count(*) filter (where a.validated_at is not null and a.validated_at < :before)::int as validated,
                   coalesce(sum(a.up_votes), 0)::int as up_votes
              from posts q
              join posts a on a.question_id = q.id and a.kind = 'answer' and a.deleted_at is null
                          and a.author_id is not null and a.created_at < :before
             where q.kind = 'question' and q.deleted_at is null and q.created_at < :before
            """;

    private final JdbcClient db;

    AnswererStats(JdbcClient db) {
        this.db = db;
    }

    /** The members who answered most in any of these tags in the space, accepted answers first. */
    @Transactional(readOnly = true)
    public List<AnswererRecord> inTags(long spaceId, Collection<String> tags, Instant before, int limit) {
        if (tags.isEmpty()) return List.of();
        return db.sql(AGGREGATE + """
                           and q.space_id = :space
                           and exists (select 1 from post_tags pt join tags t on t.id = pt.tag_id
                                        where pt.post_id = q.id and t.name in (:tags))
                         group by a.author_id
                         order by accepted desc, answers desc, a.author_id
                         limit :limit""")
                .param("before", Timestamp.from(before)).param("space", spaceId).param("tags", tags)
                .param("limit", limit)
                .query(AnswererStats::record).list();
    }

    /** Every member who answered any of these questions, with their record on them. */
    @Transactional(readOnly = true)
    public List<AnswererRecord> onQuestions(Collection<Long> questionIds, Instant before) {
        if (questionIds.isEmpty()) return List.of();
        return db.sql(AGGREGATE + """
                           and q.id in (:ids)
                         group by a.author_id""")
                .param("before", Timestamp.from(before)).param("ids", questionIds)
                .query(AnswererStats::record).list();
    }

    /**
     * Each member's answers in the {@code recent} before the cut-off, and the median time from question to
     * answer over their last {@code lastAnswers} answers; members who never answered are left out.
     */
    @Transactional(readOnly = true)
    public List<AnswererPace> pace(Collection<Long> memberIds, Instant before, Duration recent, int lastAnswers) {
        if (memberIds.isEmpty()) return List.of();
        return db.sql("""
                        select member_id,
                               count(*) filter (where created_at >= :since)::int as recent,
                               percentile_cont(0.5) within group (order by seconds) filter (where nth <= :last) as usual
                          from (select a.author_id as member_id, a.created_at,
                                       extract(epoch from a.created_at - q.created_at) as seconds,
                                       row_number() over (partition by a.author_id order by a.created_at desc) as nth
                                  from posts a join posts q on q.id = a.question_id
                                 where a.kind = 'answer' and a.deleted_at is null and a.author_id in (:ids)
                                   and a.created_at < :before) answered
                         group by member_id""")
                .param("ids", memberIds).param("before", Timestamp.from(before))
                .param("since", Timestamp.from(before.minus(recent))).param("last", lastAnswers)
                .query((rs, row) -> new AnswererPace(rs.getLong("member_id"), rs.getInt("recent"),
                        Duration.ofSeconds(Math.max(0, Math.round(rs.getDouble("usual"))))))
                .list();
    }

    private static AnswererRecord record(ResultSet rs, int row) throws SQLException {
        return new AnswererRecord(rs.getLong("member_id"), rs.getInt("answers"), rs.getInt("accepted"),
                rs.getInt("validated"), rs.getInt("up_votes"));
    }
}
