package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** When each member last opened a question or a list: one statement per page, that records now and says what is new since. */
@Repository
class QuestionVisitRepository {

    private final JdbcClient db;

    QuestionVisitRepository(JdbcClient db) {
        this.db = db;
    }

    /** The member's last visit of the question, if any; recording this one as the last when record is set. */
    Optional<Instant> visitQuestion(long memberId, long questionId, boolean record) {
        return db.sql("with before as (select visited_at from question_visits where member_id = :member and question_id = :question)"
                        + (record ? """
                        , now_seen as (insert into question_visits (member_id, question_id) values (:member, :question)
                                       on conflict (member_id, question_id) do update set visited_at = now())""" : "")
                        + " select visited_at from before")
                .param("member", memberId).param("question", questionId)
                .query((rs, row) -> rs.getTimestamp("visited_at").toInstant()).optional();
    }

    record Seen(long questionId, boolean fresh, int newAnswers) {
    }

    /**
     * Records this visit of the list and, for the questions it shows, which are new to the member (asked
     * by others since the member's previous look at this list, and never opened) and how many live
     * answers by others came since the member last opened each; one statement, that records this visit
     * of the list when record is set.
     */
    List<Seen> visitList(long memberId, String list, Collection<Long> questionIds, boolean record) {
        return db.sql("with before as (select visited_at from question_list_visits where member_id = :member and list = :list)"
                + (record ? """
                , now_seen as (insert into question_list_visits (member_id, list) values (:member, :list)
                               on conflict (member_id, list) do update set visited_at = now())""" : "")
                + """

                select p.id,
                       coalesce(v.visited_at is null and p.created_at > (select visited_at from before)
                                and p.author_id is distinct from :member, false) as fresh,
                       case when v.visited_at is null then 0 else
                           (select count(*) from posts a where a.question_id = p.id and a.kind = 'answer'
                                and a.deleted_at is null and a.created_at > v.visited_at
                                and a.author_id is distinct from :member) end as new_answers
                from posts p
                left join question_visits v on v.question_id = p.id and v.member_id = :member
                where p.id in (:questions)""")
                .param("member", memberId).param("list", list)
                .param("questions", questionIds.isEmpty() ? List.of(-1L) : questionIds)
                .query((rs, row) -> new Seen(rs.getLong("id"), rs.getBoolean("fresh"), rs.getInt("new_answers")))
                .list();
    }
}
