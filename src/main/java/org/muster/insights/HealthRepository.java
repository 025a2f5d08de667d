package org.muster.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The community-health facts: every live contribution with its sentiment and words, each member's first
 * contribution, and members' reads; and the figures read back from them over a scope. Every figure
 * counts only contributions (and reads of questions) in the scope's spaces, under its tag when it has one.
 */
@Repository
class HealthRepository {

    /** One live contribution as stored, with its sentiment score and words. */
    record Fact(String kind, long id, long questionId, long spaceId, List<String> tags, Long authorId, Instant postedAt,
                boolean accepted, Sentiment.Score sentiment) {
    }

    /** A member's opening of a question on a day. */
    record Read(long memberId, long questionId, LocalDate day) {
    }

    /** Contributors and readers of one day. */
    record ActiveDay(LocalDate day, long contributors, long readers) {
    }

    /** A member whose first contribution ever is in the scope, and whether he contributed again within 30 days. */
    record Newcomer(long memberId, LocalDate day, boolean returned) {
    }

    /** A member's answers in the scope, and how many of them are accepted. */
    record Answerer(long memberId, long answers, long accepted) {
    }

    /** Posts of a day: how many, their scores' sum, how many scored above and below zero. */
    record SentimentDay(LocalDate day, long posts, long score, long positive, long negative) {
    }

    /** A word of the lexicon over the scope: how often it occurred and what it added in all. */
    record WordTotal(String word, long occurrences, long contribution) {
    }

    private static final String IN_SCOPE = """
            c.space_id = any(:spaces) and (:tag = '' or :tag = any(c.tags)) and c.day between :from and :to""";

    private final JdbcClient db;

    HealthRepository(JdbcClient db) {
        this.db = db;
    }

    /** The members who wrote what is stored of these threads. */
    Set<Long> listAuthors(Collection<Long> questionIds) {
        return Set.copyOf(db.sql("""
                        select distinct author_id from insight_contributions
                        where question_id = any(:ids) and author_id is not null""")
                .param("ids", questionIds.toArray(Long[]::new)).query(Long.class).list());
    }

    void deleteThreads(Collection<Long> questionIds) {
        var ids = questionIds.toArray(Long[]::new);
        db.sql("delete from insight_post_sentiment where question_id = any(:ids)").param("ids", ids).update();
        db.sql("delete from insight_contributions where question_id = any(:ids)").param("ids", ids).update();
    }

    void insert(List<Fact> facts) {
        if (facts.isEmpty()) return;
        db.sql("""
                        insert into insight_contributions
                            (kind, id, question_id, space_id, tags, author_id, posted_at, day, accepted, sentiment)
                        select kind, id, question_id, space_id, coalesce(string_to_array(tags, E'\\n'), '{}'), author_id, posted_at,
                               (posted_at at time zone 'UTC')::date, accepted, sentiment
                        from unnest(:kinds, :ids, :questions, :spaces, :tags, :authors, :posted, :accepted, :sentiment)
                             as f(kind, id, question_id, space_id, tags, author_id, posted_at, accepted, sentiment)""")
                .param("kinds", facts.stream().map(Fact::kind).toArray(String[]::new))
                .param("ids", facts.stream().map(Fact::id).toArray(Long[]::new))
                .param("questions", facts.stream().map(Fact::questionId).toArray(Long[]::new))
                .param("spaces", facts.stream().map(Fact::spaceId).toArray(Long[]::new))
                // Arrays of arrays cannot go through unnest, so each fact's tags travel as one line-separated text.
                .param("tags", facts.stream().map(f -> f.tags().isEmpty() ? null : String.join("\n", f.tags()))
                        .toArray(String[]::new))
                .param("authors", facts.stream().map(Fact::authorId).toArray(Long[]::new))
                .param("posted", facts.stream().map(f -> Timestamp.from(f.postedAt())).toArray(Timestamp[]::new))
                .param("accepted", facts.stream().map(Fact::accepted).toArray(Boolean[]::new))
                .param("sentiment", facts.stream().map(f -> f.sentiment().total()).toArray(Integer[]::new))
                .update();
        var kinds = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        var questions = new ArrayList<Long>();
        var words = new ArrayList<String>();
        var occurrences = new ArrayList<Integer>();
        var contributions = new ArrayList<Integer>();
        for (var fact : facts)
            fact.sentiment().words().forEach((word, total) -> {
                kinds.add(fact.kind());
                ids.add(fact.id());
                questions.add(fact.questionId());
                words.add(word);
                occurrences.add(total.occurrences());
                contributions.add(total.contribution());
            });
        if (words.isEmpty()) return;
        // Each word row carries its post's space, tags and day, so a period's words are read without a join.
        db.sql("""
                        insert into insight_post_sentiment (kind, id, question_id, word, occurrences, contribution, space_id, tags, day)
                        select w.kind, w.id, w.question_id, w.word, w.occurrences, w.contribution, c.space_id, c.tags, c.day
                        from unnest(:kinds, :ids, :questions, :words, :occurrences, :contributions)
                             as w(kind, id, question_id, word, occurrences, contribution)
                        join insight_contributions c on c.kind = w.kind and c.id = w.id""")
                .param("kinds", kinds.toArray(String[]::new)).param("ids", ids.toArray(Long[]::new))
                .param("questions", questions.toArray(Long[]::new)).param("words", words.toArray(String[]::new))
                .param("occurrences", occurrences.toArray(Integer[]::new))
                .param("contributions", contributions.toArray(Integer[]::new))
                .update();
    }

    /** Sets these members' first contributions anew from what is stored; earliest first, ties by kind and id. */
    void refreshFirstContributions(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) return;
        var ids = memberIds.toArray(Long[]::new);
        db.sql("delete from insight_first_contributions where member_id = any(:ids)").param("ids", ids).update();
        db.sql("""
                        insert into insight_first_contributions (member_id, kind, id, posted_at, day)
                        select distinct on (author_id) author_id, kind, id, posted_at, day from insight_contributions
                        where author_id = any(:ids)
                        order by author_id, posted_at, kind, id""")
                .param("ids", ids).update();
    }

    /** Every member's first contribution, after a rebuild stored every contribution. */
    void refreshAllFirstContributions() {
        db.sql("delete from insight_first_contributions").update();
        db.sql("""
                insert into insight_first_contributions (member_id, kind, id, posted_at, day)
                select distinct on (author_id) author_id, kind, id, posted_at, day from insight_contributions
                where author_id is not null
                order by author_id, posted_at, kind, id""").update();
    }

    void insertReads(Collection<Read> reads) {
        if (reads.isEmpty()) return;
        db.sql("""
                        insert into insight_reads (member_id, question_id, day)
                        select * from unnest(:members, :questions, :days) on conflict do nothing""")
                .param("members", reads.stream().map(Read::memberId).toArray(Long[]::new))
                .param("questions", reads.stream().map(Read::questionId).toArray(Long[]::new))
                .param("days", reads.stream().map(r -> Date.valueOf(r.day())).toArray(Date[]::new))
                .update();
    }

    void deleteAll() {
        db.sql("delete from insight_post_sentiment").update();
        db.sql("delete from insight_contributions").update();
        db.sql("delete from insight_first_contributions").update();
        db.sql("delete from insight_reads").update();
    }

    /**
     * Members who contributed in the scope, and signed-in members who opened a live question in the scope
     * without contributing in it: over the whole period (the row whose {@code day} is null) and day by day,
     * a reader of a day being one who did not contribute that day.
     */
    List<ActiveDay> listActive(Scope scope) {
        return db.sql("""
                        with activity as (
                            select c.day, c.author_id as member_id, true as contributed from insight_contributions c
                            where c.author_id is not null and %s
                            union all
                            select r.day, r.member_id, false from insight_reads r
                            join insight_contributions c on c.kind = 'question' and c.id = r.question_id
                            where c.space_id = any(:spaces) and (:tag = '' or :tag = any(c.tags))
                              and r.day between :from and :to
                        ), member_days as (
                            select day, member_id, bool_or(contributed) as contributed from activity group by day, member_id
                        )
                        select day, count(*) filter (where contributed), count(*) filter (where not contributed)
                        from member_days group by day
                        union all
                        select cast(null as date), count(*) filter (where contributed), count(*) filter (where not contributed)
                        from (select member_id, bool_or(contributed) as contributed from member_days group by member_id) members""".formatted(IN_SCOPE))
                .params(params(scope))
                .query((rs, n) -> new ActiveDay(day(rs.getDate(1)), rs.getLong(2), rs.getLong(3))).list();
    }

    /**
     * Members whose first contribution ever falls in the scope, and whether they contributed again in the
     * scope's spaces (any tag) later, on or before the 30th day after their first's.
     */
    List<Newcomer> listNewcomers(Scope scope) {
        return db.sql("""
                        select f.member_id, f.day, exists (
                                   select 1 from insight_contributions a
                                   where a.author_id = f.member_id and a.space_id = any(:spaces)
                                     and (a.posted_at, a.kind, a.id) > (f.posted_at, f.kind, f.id) and a.day <= f.day + 30)
                        from insight_first_contributions f
                        join insight_contributions c on c.kind = f.kind and c.id = f.id
                        where f.day between :from and :to and %s""".formatted(IN_SCOPE))
                .params(params(scope))
                .query((rs, n) -> new Newcomer(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3))).list();
    }

    /** Everyone who answered in the scope, most answers first (then by member id, so ties read the same every time). */
    List<Answerer> listAnswerers(Scope scope) {
        return db.sql("""
                        select c.author_id, count(*), count(*) filter (where c.accepted) from insight_contributions c
                        where c.kind = 'answer' and c.author_id is not null and %s
                        group by c.author_id order by count(*) desc, c.author_id""".formatted(IN_SCOPE))
                .params(params(scope))
                .query((rs, n) -> new Answerer(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    List<SentimentDay> listSentimentDays(Scope scope) {
        return db.sql("""
                        select c.day, count(*), sum(c.sentiment), count(*) filter (where c.sentiment > 0),
                               count(*) filter (where c.sentiment < 0)
                        from insight_contributions c where %s group by c.day order by c.day""".formatted(IN_SCOPE))
                .params(params(scope))
                .query((rs, n) -> new SentimentDay(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).list();
    }

    /** Every word that moved the scope's posts, the most moving first (by the size of what it added, then by word). */
    List<WordTotal> listWords(Scope scope) {
        return db.sql("""
                        select c.word, sum(c.occurrences), sum(c.contribution) from insight_post_sentiment c
                        where %s group by c.word order by abs(sum(c.contribution)) desc, c.word""".formatted(IN_SCOPE))
                .params(params(scope))
                .query((rs, n) -> new WordTotal(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private static Map<String, Object> params(Scope scope) {
        var params = new HashMap<String, Object>();
        params.put("spaces", scope.spaceArray());
        params.put("tag", scope.tagKey());
        params.put("from", Date.valueOf(scope.period().from()));
        params.put("to", Date.valueOf(scope.period().to()));
        return params;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
