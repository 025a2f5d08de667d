package org.muster.missions.common;

import org.muster.missions.programs.Program;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class MissionRepository {

    private static final String MISSION = """
            id, program_id, slug, title, description, kind, reward_points, approval, skills, languages, city,
            per_member_limit, starts_at, ends_at, created_at, per_week_limit, min_rank, badge, champions_only, latitude,
            longitude, reward_cash, reward_currency, challenge_metric, challenge_tag, challenge_target""";

    private static final RowMapper<Mission> MISSION_ROW = (rs, row) -> new Mission(rs.getLong("id"), rs.getLong("program_id"),
            rs.getString("slug"), rs.getString("title"), rs.getString("description"), rs.getString("kind"),
            rs.getLong("reward_points"), rs.getString("approval"), List.of((String[]) rs.getArray("skills").getArray()),
            List.of((String[]) rs.getArray("languages").getArray()), rs.getString("city"),
            (Integer) rs.getObject("per_member_limit"), rs.getTimestamp("starts_at").toInstant(),
            rs.getTimestamp("ends_at") == null ? null : rs.getTimestamp("ends_at").toInstant(),
            rs.getTimestamp("created_at").toInstant(), (Integer) rs.getObject("per_week_limit"), rs.getString("min_rank"),
            rs.getString("badge"), rs.getBoolean("champions_only"), (Double) rs.getObject("latitude"),
            (Double) rs.getObject("longitude"), rs.getLong("reward_cash"), rs.getString("reward_currency"),
            rs.getString("challenge_metric"), rs.getString("challenge_tag"), (Integer) rs.getObject("challenge_target"));

    private final JdbcClient db;

    MissionRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Long> insertProgram(String slug, String name, String description, Long owner, long by) {
        return db.sql("""
                        insert into programs (slug, name, description, owner_id, created_by) values (:slug, :name, :d, :owner, :by)
                        on conflict (slug) do nothing returning id""")
                .param("slug", slug).param("name", name).param("d", description).param("owner", owner).param("by", by)
                .query(Long.class).optional();
    }

    public Optional<Program> findProgram(String slug) {
        return db.sql("select id, slug, name, description, owner_id, created_at, published from programs where slug = :s").param("s", slug)
                .query(Program.class).optional();
    }

    public Optional<Program> findProgramById(long id) {
        return db.sql("select id, slug, name, description, owner_id, created_at, published from programs where id = :id").param("id", id)
                .query(Program.class).optional();
    }

    List<Program> programs() {
        return db.sql("select id, slug, name, description, owner_id, created_at, published from programs order by name").query(Program.class).list();
    }

    Optional<Long> insertMission(long programId, String slug, Missions.NewMission m, long reward, String approval,
                                 List<String> skills, List<String> languages, String city, long by) {
        return db.sql("""
                        insert into missions (program_id, slug, title, description, kind, reward_points, approval, skills,
                                              languages, city, per_member_limit, starts_at, ends_at, created_by, per_week_limit,
                                              min_rank, badge, champions_only, latitude, longitude, reward_cash, reward_currency,
                                              challenge_metric, challenge_tag, challenge_target)
                        values (:p, :slug, :title, :d, :kind, :reward, :approval, :skills, :languages, :city, :limit,
                                coalesce(:starts, now()), :ends, :by, :week, :rank, :badge, :champions, :lat, :lon, :cash,
                                :currency, :metric, :tag, :target)
                        on conflict (slug) do nothing returning id""")
                .param("p", programId).param("slug", slug).param("title", m.title().strip())
                .param("d", m.description() == null ? "" : m.description().strip()).param("kind", m.kind())
                .param("reward", reward).param("approval", approval).param("skills", skills.toArray(String[]::new))
                .param("languages", languages.toArray(String[]::new)).param("city", city).param("limit", m.perMemberLimit())
                .param("starts", m.startsAt() == null ? null : Timestamp.from(m.startsAt()))
                .param("ends", m.endsAt() == null ? null : Timestamp.from(m.endsAt())).param("by", by)
                .param("week", m.perWeekLimit()).param("rank", blankToNull(m.minRank())).param("badge", blankToNull(m.badge()))
                .param("champions", Boolean.TRUE.equals(m.championsOnly())).param("lat", m.latitude()).param("lon", m.longitude())
                .param("cash", m.rewardCash() == null ? 0 : m.rewardCash()).param("currency", blankToNull(m.rewardCurrency()) == null ? null
                        : m.rewardCurrency().strip().toUpperCase(java.util.Locale.ROOT))
                .param("metric", blankToNull(m.challengeMetric())).param("tag", blankToNull(m.challengeTag()))
                .param("target", m.challengeTarget())
                .query(Long.class).optional();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<Mission> find(String slug) {
        return db.sql("select " + MISSION + " from missions where slug = :s").param("s", slug).query(MISSION_ROW).optional();
    }

    public Optional<Mission> findById(long id) {
        return db.sql("select " + MISSION + " from missions where id = :id").param("id", id).query(MISSION_ROW).optional();
    }

    /** A program's missions that are open now, the soonest-ending first: what its landing page offers. */
    public List<Mission> openOfProgram(long programId) {
        return db.sql("select " + MISSION + """
                         from missions where program_id = :p and starts_at <= now() and (ends_at is null or ends_at > now())
                        order by ends_at nulls last, created_at limit 50""")
                .param("p", programId).query(MISSION_ROW).list();
    }

    /** Whether it changed: publishing a published program again changes nothing. */
    public boolean publishProgram(long programId, boolean published) {
        return db.sql("update programs set published = :pub where id = :id and published <> :pub")
                .param("id", programId).param("pub", published).update() > 0;
    }

    List<Mission> list() {
        return db.sql("select " + MISSION + " from missions order by created_at desc limit 200").query(MISSION_ROW).list();
    }

    /** How often a member took part in a mission: in all, and since a moment (the start of their week). */
    record Participation(long missionId, int total, int since) {
    }

    /**
     * For each of the missions, the member's submissions not rejected, slots not withdrawn from and
     * matches they took on: in all and since the given moment.
     */
    Map<Long, Participation> participation(long memberId, Collection<Long> missionIds, Instant since) {
        var found = new HashMap<Long, Participation>();
        if (missionIds.isEmpty()) return found;
        db.sql("""
                        select mission_id, count(*)::int as total, (count(*) filter (where at >= :since))::int as since from (
                            select mission_id, created_at as at from mission_submissions
                            where member_id = :m and status <> 'rejected' and mission_id in (:ids)
                            union all
                            select s.mission_id, u.created_at from slot_signups u join mission_slots s on s.id = u.slot_id
                            where u.member_id = :m and u.status <> 'withdrawn' and s.mission_id in (:ids)
                            union all
                            select mission_id, updated_at from match_requests
                            where peer_id = :m and status <> 'cancelled' and mission_id in (:ids)) taken
                        group by mission_id""")
                .param("m", memberId).param("ids", missionIds).param("since", Timestamp.from(since))
                .query(Participation.class).list().forEach(p -> found.put(p.missionId(), p));
        return found;
    }

    /** Challenges that started and ended less than a day ago at most, so the last day's facts still count. */
    public List<Mission> liveChallenges(Instant now) {
        return db.sql("select " + MISSION + " from missions"
                        + " where kind = 'challenge' and starts_at <= :now and ends_at > cast(:now as timestamptz) - interval '1 day'")
                .param("now", Timestamp.from(now)).query(MISSION_ROW).list();
    }

    public boolean challengeCompleted(long missionId, long memberId) {
        return db.sql("select count(*) from challenge_completions where mission_id = :m and member_id = :member")
                .param("m", missionId).param("member", memberId).query(Integer.class).single() > 0;
    }

    public void completeChallenge(long missionId, long memberId, int count) {
        db.sql("insert into challenge_completions (mission_id, member_id, count) values (:m, :member, :c) on conflict do nothing")
                .param("m", missionId).param("member", memberId).param("c", count).update();
    }

    /** Whether this is the first completion under the key; a second one changes nothing. */
    boolean insertCompletion(String key, long missionId, long memberId) {
        return db.sql("""
                        insert into mission_completions (key, mission_id, member_id) values (:k, :m, :member)
                        on conflict (key) do nothing""")
                .param("k", key).param("m", missionId).param("member", memberId).update() > 0;
    }

    List<Long> challengesCompletedBy(long memberId) {
        return db.sql("select mission_id from challenge_completions where member_id = :m").param("m", memberId).query(Long.class).list();
    }
}
