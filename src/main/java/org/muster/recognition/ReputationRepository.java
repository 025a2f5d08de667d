package org.muster.recognition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reputation sources, totals and ranks. */
@Repository
class ReputationRepository {

    record Source(String key, long memberId, String reason, int points, Long postId, Long spaceId, List<String> tags,
                  LocalDate day) {
    }

    record Standing(long memberId, int points) {
    }

    private final JdbcClient db;

    ReputationRepository(JdbcClient db) {
        this.db = db;
    }

    /** The member whose source it was, if any; the source is gone afterwards. */
    Long remove(String key) {
        return db.sql("delete from reputation_sources where source_key = :k returning member_id").param("k", key)
                .query(Long.class).optional().orElse(null);
    }

    void put(Source s) {
        db.sql("""
                        insert into reputation_sources (source_key, member_id, reason, points, post_id, space_id, tags, day)
                        values (:k, :m, :reason, :points, :post, :space, :tags, :day)""")
                .param("k", s.key()).param("m", s.memberId()).param("reason", s.reason()).param("points", s.points())
                .param("post", s.postId()).param("space", s.spaceId()).param("tags", s.tags().toArray(String[]::new))
                .param("day", s.day()).update();
    }

    /** Upvotes the author has had from this voter (earning or not), for spotting voting rings. */
    int upvotesFrom(long authorId, long voterId) {
        return db.sql("""
                        select count(*) from reputation_sources
                        where member_id = :author and reason in ('upvote', 'ring') and source_key like :pattern""")
                .param("author", authorId).param("pattern", "vote:%:" + voterId).query(Integer.class).single();
    }

    /** Points from upvotes the member already has on that day, for the daily cap. */
    int upvotePointsOn(long memberId, LocalDate day) {
        return db.sql("""
                        select coalesce(sum(points), 0) from reputation_sources
                        where member_id = :m and day = :day and reason = 'upvote'""")
                .param("m", memberId).param("day", day).query(Integer.class).single();
    }

    /**
     * Recounts the members' totals from their sources; returns the new totals. The ids come from events, so they
     * are members already: no need to read accounts' table.
     */
    Map<Long, Integer> refreshTotals(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) return Map.of();
        db.sql("""
                        insert into reputation_totals (member_id, points)
                        select m.id, coalesce((select sum(points) from reputation_sources s where s.member_id = m.id), 0)
                        from unnest(array[:ids]::bigint[]) m (id)
                        on conflict (member_id) do update set points = excluded.points""")
                .param("ids", memberIds).update();
        return totals(memberIds);
    }

    Map<Long, Integer> totals(Collection<Long> memberIds) {
        var totals = new HashMap<Long, Integer>();
        if (memberIds.isEmpty()) return totals;
        db.sql("select member_id, points from reputation_totals where member_id in (:ids)").param("ids", memberIds)
                .query((rs, row) -> totals.put(rs.getLong(1), rs.getInt(2))).list();
        return totals;
    }

    List<Long> allMembersWithSources() {
        return db.sql("select distinct member_id from reputation_sources").query(Long.class).list();
    }

    void clear() {
        db.sql("delete from reputation_sources").update();
        db.sql("delete from reputation_totals").update();
    }

    /** The weeks (Mondays) in which the member's posts got "this helped me" marks, oldest first. */
    List<LocalDate> helpedWeeks(long memberId) {
        return db.sql("""
                        select distinct date_trunc('week', day)::date from reputation_sources
                        where member_id = :m and reason = 'helped' order by 1""")
                .param("m", memberId).query(LocalDate.class).list();
    }

    /** How many sources of each reason the member has: helped marks, validations and so on. */
    Map<String, Integer> reasonCounts(long memberId) {
        var counts = new HashMap<String, Integer>();
        db.sql("select reason, count(*)::int from reputation_sources where member_id = :m group by reason").param("m", memberId)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** The member's best tags by points, over every space (for admins' badge rules). */
    Map<String, Integer> tagPoints(long memberId) {
        return tagPoints(memberId, null);
    }

    /** The member's best tags by points earned in these spaces only. */
    Map<String, Integer> tagPoints(long memberId, Collection<Long> spaceIds) {
        var points = new java.util.LinkedHashMap<String, Integer>();
        db.sql("""
                        select tag, sum(points)::int as points from reputation_sources, unnest(tags) as tag
                        where member_id = :m and (cast(:spaces as bigint[]) is null or space_id = any(cast(:spaces as bigint[])))
                        group by tag having sum(points) > 0 order by 2 desc, 1 limit 20""")
                .param("m", memberId).param("spaces", spaceIds == null ? null : ids(spaceIds))
                .query((rs, row) -> points.put(rs.getString(1), rs.getInt(2))).list();
        return points;
    }

    /** The members' points earned in these spaces; a member without any is left out. */
    Map<Long, Integer> points(Collection<Long> memberIds, Collection<Long> spaceIds) {
        var points = new HashMap<Long, Integer>();
        if (memberIds.isEmpty()) return points;
        db.sql("""
                        select member_id, sum(points)::int from reputation_space_totals
                        where member_id = any(:members) and space_id = any(:spaces) group by member_id""")
                .param("members", ids(memberIds)).param("spaces", ids(spaceIds))
                .query((rs, row) -> points.put(rs.getLong(1), rs.getInt(2))).list();
        return points;
    }

    /** What an author's label rests on: whether he has a total, his points in the reader's spaces, an active champion term. */
    record LabelBasis(boolean ranked, int points, boolean champion) {
    }

    /** The label basis of each of these members, points counted in these spaces only: one statement for a page's authors. */
    Map<Long, LabelBasis> labelBases(Collection<Long> memberIds, Collection<Long> spaceIds) {
        var standings = new HashMap<Long, LabelBasis>();
        if (memberIds.isEmpty()) return standings;
        db.sql("""
                        select m.id, exists (select 1 from reputation_totals t where t.member_id = m.id) as ranked,
                               coalesce((select sum(s.points)::int from reputation_space_totals s
                                         where s.member_id = m.id and s.space_id = any(:spaces)), 0) as points,
                               exists (select 1 from champion_terms c where c.member_id = m.id and c.status = 'active') as champion
                        from unnest(cast(:members as bigint[])) m (id)""")
                .param("members", ids(memberIds)).param("spaces", ids(spaceIds))
                .query((rs, row) -> standings.put(rs.getLong("id"),
                        new LabelBasis(rs.getBoolean("ranked"), rs.getInt("points"), rs.getBoolean("champion")))).list();
        return standings;
    }

    Map<String, String> ranks(Collection<Long> memberIds) {
        var ranks = new HashMap<String, String>();
        if (memberIds.isEmpty()) return ranks;
        db.sql("select member_id, rank from member_ranks where member_id in (:ids)").param("ids", memberIds)
                .query((rs, row) -> ranks.put(String.valueOf(rs.getLong(1)), rs.getString(2))).list();
        return ranks;
    }

    void setRank(long memberId, String rank) {
        db.sql("""
                        insert into member_ranks (member_id, rank) values (:m, :r)
                        on conflict (member_id) do update set rank = :r""")
                .param("m", memberId).param("r", rank).update();
    }

    void recordRankChange(long memberId, String from, String to, int points, String reasonKey) {
        db.sql("""
                        insert into rank_changes (member_id, from_rank, to_rank, points, reason_key)
                        values (:m, :from, :to, :points, :reason)""")
                .param("m", memberId).param("from", from).param("to", to).param("points", points).param("reason", reasonKey)
                .update();
    }

    List<StoredRankChange> rankChanges(long memberId) {
        return db.sql("""
                        select id, from_rank, to_rank, points, reason_key, created_at, read_at from rank_changes
                        where member_id = :m order by created_at desc, id desc limit 50""")
                .param("m", memberId).query(StoredRankChange.class).list();
    }

    /**
     * Members by points earned in the given spaces (those the reader may read) in a period (from a
     * day on), optionally in one tag or one of those spaces, without the hidden ones.
     */
    List<Standing> leaders(LocalDate from, String tag, Long spaceId, Collection<Long> readable, int limit) {
        if (from == null && tag == null) return allTimeLeaders(spaceId, readable, limit);
        return db.sql("""
                        select s.member_id, sum(s.points)::int as points from reputation_sources s
                        where s.space_id = any(:readable)
                          and (cast(:from as date) is null or s.day >= :from)
                          and (cast(:tag as text) is null or s.tags @> array[cast(:tag as text)])
                          and (cast(:space as bigint) is null or s.space_id = :space)
                          and not exists (select 1 from recognition_preferences p
                                          where p.member_id = s.member_id and p.hidden_on_leaderboards)
                        group by s.member_id having sum(s.points) > 0
                        order by 2 desc, 1 limit :limit""")
                .param("from", from).param("tag", tag).param("space", spaceId).param("readable", ids(readable))
                .param("limit", limit)
                .query(Standing.class).list();
    }

    /** All time and in every tag: from the per-space totals rather than from every vote ever cast. */
    private List<Standing> allTimeLeaders(Long spaceId, Collection<Long> readable, int limit) {
        return db.sql("""
                        select t.member_id, sum(t.points)::int as points from reputation_space_totals t
                        where t.space_id = any(:readable)
                          and (cast(:space as bigint) is null or t.space_id = :space)
                          and not exists (select 1 from recognition_preferences p
                                          where p.member_id = t.member_id and p.hidden_on_leaderboards)
                        group by t.member_id having sum(t.points) > 0
                        order by 2 desc, 1 limit :limit""")
                .param("space", spaceId).param("readable", ids(readable)).param("limit", limit)
                .query(Standing.class).list();
    }

    /** A source as the superfan score reads it. */
    record Activity(long memberId, String reason, LocalDate day, List<String> tags) {
    }

    List<Activity> activitySince(LocalDate since) {
        return db.sql("""
                        select member_id, reason, day, tags from reputation_sources
                        where day >= :since and reason in ('accepted', 'helped', 'upvote', 'validated')""")
                .param("since", since)
                .query((rs, row) -> new Activity(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        List.of((String[]) rs.getArray(4).getArray())))
                .list();
    }

    Map<Long, String> motivations(Collection<Long> ids) {
        var found = new HashMap<Long, String>();
        if (ids.isEmpty()) return found;
        db.sql("select member_id, motivation from recognition_preferences where member_id in (:ids) and motivation is not null")
                .param("ids", ids).query((rs, row) -> found.put(rs.getLong(1), rs.getString(2))).list();
        return found;
    }

    void setMotivation(long memberId, String motivation) {
        db.sql("""
                        insert into recognition_preferences (member_id, motivation) values (:m, :v)
                        on conflict (member_id) do update set motivation = :v""")
                .param("m", memberId).param("v", motivation).update();
    }

    void setHidden(long memberId, boolean hidden) {
        db.sql("""
                        insert into recognition_preferences (member_id, hidden_on_leaderboards) values (:m, :h)
                        on conflict (member_id) do update set hidden_on_leaderboards = :h""")
                .param("m", memberId).param("h", hidden).update();
    }

    boolean hidden(long memberId) {
        return db.sql("select coalesce(max(hidden_on_leaderboards::int), 0) = 1 from recognition_preferences where member_id = :m")
                .param("m", memberId).query(Boolean.class).single();
    }

    /**
     * Members with at least {@code minimum} sources of a kind (accepted, validated, helped, upvote)
     * between two days, optionally in one tag, with their counts.
     */
    Map<Long, Integer> counts(String reason, String tag, LocalDate from, LocalDate to, int minimum, Long memberId) {
        var found = new HashMap<Long, Integer>();
        db.sql("""
                        select member_id, count(*)::int from reputation_sources
                        where reason = :reason and day between :from and :to
                          and (cast(:tag as text) is null or :tag = any(tags))
                          and (cast(:member as bigint) is null or member_id = :member)
                        group by member_id having count(*) >= :minimum""")
                .param("reason", reason).param("tag", tag).param("from", from).param("to", to).param("minimum", minimum)
                .param("member", memberId).query((rs, row) -> found.put(rs.getLong(1), rs.getInt(2))).list();
        return found;
    }

    private static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }
}
