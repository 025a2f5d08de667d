package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** When each member last opened a question or a list; the visits are written in batches (see {@link Visits}). */
@Repository
class QuestionVisitRepository {

    private final JdbcClient db;

    QuestionVisitRepository(JdbcClient db) {
        this.db = db;
    }

    record Seen(long questionId, boolean fresh, int newAnswers) {
    }

    /**
     * For the questions a list shows, which are new to the member (asked by others since the member's previous
     * look at this list, and never opened) and how many live answers by others came since the member last
     * opened each; the visits not written yet (the list's, and by question) count as written.
     */
    List<Seen> listNews(long memberId, String list, Instant unwrittenListVisit, Collection<Long> questionIds,
                        Map<Long, Instant> unwrittenVisits) {
        if (questionIds.isEmpty()) return List.of();
        var visited = new ArrayList<Long>();
        var at = new ArrayList<String>();
        unwrittenVisits.forEach((question, when) -> {
            visited.add(question);
            at.add(when.toString());
        });
        return db.sql("""
                with before as (select coalesce(cast(:listVisit as timestamptz), (select visited_at from question_list_visits
                                where member_id = :member and list = :list)) as visited_at),
                     opened as (select p.id, greatest(v.visited_at, u.visited_at) as visited_at
                                from posts p
                                left join question_visits v on v.question_id = p.id and v.member_id = :member
                                left join unnest(cast(:visited as bigint[]), cast(:at as timestamptz[])) u (question_id, visited_at)
                                       on u.question_id = p.id
                                where p.id in (:questions))
                select p.id,
                       coalesce(o.visited_at is null and p.created_at > (select visited_at from before)
                                and p.author_id is distinct from :member, false) as fresh,
                       case when o.visited_at is null then 0 else
                           (select count(*) from posts a where a.question_id = p.id and a.kind = 'answer'
                                and a.deleted_at is null and a.created_at > o.visited_at
                                and a.author_id is distinct from :member) end as new_answers
                from posts p join opened o on o.id = p.id""")
                .param("member", memberId).param("list", list)
                .param("listVisit", unwrittenListVisit == null ? null : unwrittenListVisit.toString())
                .param("visited", visited.toArray(Long[]::new)).param("at", at.toArray(String[]::new))
                .param("questions", questionIds)
                .query((rs, row) -> new Seen(rs.getLong("id"), rs.getBoolean("fresh"), rs.getInt("new_answers")))
                .list();
    }

    /** Writes visits of questions and lists, by member, in one statement; an older time never replaces a newer one. */
    void record(Map<Long, Map<Long, Instant>> questionVisits, Map<Long, Map<String, Instant>> listVisits) {
        var questionMembers = new ArrayList<Long>();
        var questions = new ArrayList<Long>();
        var questionTimes = new ArrayList<String>();
        questionVisits.forEach((member, visits) -> visits.forEach((question, at) -> {
            questionMembers.add(member);
            questions.add(question);
            questionTimes.add(at.toString());
        }));
        var listMembers = new ArrayList<Long>();
        var lists = new ArrayList<String>();
        var listTimes = new ArrayList<String>();
        listVisits.forEach((member, visits) -> visits.forEach((list, at) -> {
            listMembers.add(member);
            lists.add(list);
            listTimes.add(at.toString());
        }));
        db.sql("""
                with questions as (
                    insert into question_visits (member_id, question_id, visited_at)
                    select * from unnest(cast(:questionMembers as bigint[]), cast(:questions as bigint[]),
                                         cast(:questionTimes as timestamptz[]))
                    on conflict (member_id, question_id)
                    do update set visited_at = greatest(question_visits.visited_at, excluded.visited_at))
                insert into question_list_visits (member_id, list, visited_at)
                select * from unnest(cast(:listMembers as bigint[]), cast(:lists as text[]), cast(:listTimes as timestamptz[]))
                on conflict (member_id, list)
                do update set visited_at = greatest(question_list_visits.visited_at, excluded.visited_at)""")
                .param("questionMembers", questionMembers.toArray(Long[]::new)).param("questions", questions.toArray(Long[]::new))
                .param("questionTimes", questionTimes.toArray(String[]::new))
                .param("listMembers", listMembers.toArray(Long[]::new)).param("lists", lists.toArray(String[]::new))
                .param("listTimes", listTimes.toArray(String[]::new))
                .update();
    }
}
