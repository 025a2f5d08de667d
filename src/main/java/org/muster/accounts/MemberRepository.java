package org.muster.accounts;

import org.muster.platform.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Repository
class MemberRepository {

    private static final String COLUMNS = """
            id, email, display_name, bio, city, time_zone, skills, languages, role,
            email_verified_at, created_at, mention_handle, language""";

    private static final RowMapper<Member> MEMBER = (rs, row) -> new Member(
            rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), rs.getString("bio"),
            rs.getString("city"), ZoneId.of(rs.getString("time_zone")), strings(rs.getArray("skills")),
            strings(rs.getArray("languages")), Role.fromCode(rs.getString("role")),
            instant(rs, "email_verified_at"), instant(rs, "created_at"), rs.getString("mention_handle"),
            rs.getString("language") == null ? null : Locale.forLanguageTag(rs.getString("language")));

    private static final RowMapper<Standing> STANDING = (rs, row) -> new Standing(rs.getLong("member_id"),
            rs.getString("display_name"), Role.fromCode(rs.getString("role")), rs.getInt("trust_level"),
            rs.getBoolean("trust_locked"), instant(rs, "silenced_until"), instant(rs, "suspended_until"),
            instant(rs, "created_at"));

    /** What sign-in needs, and only sign-in. */
    record Credentials(long id, String email, String passwordHash, boolean verified) {
    }

    private final JdbcClient db;

    MemberRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Member> find(long id) {
        return db.sql("select " + COLUMNS + " from members where id = :id")
                .param("id", id).query(MEMBER).optional();
    }

    /** The member unless suspended: a suspended member's session and tokens act as a visitor's. */
    Optional<Member> findActive(long id) {
        return db.sql("select " + COLUMNS + " from members where id = :id and (suspended_until is null or suspended_until <= now())")
                .param("id", id).query(MEMBER).optional();
    }

    List<Standing> standings(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("""
                        select id as member_id, display_name, role, trust_level, trust_locked, silenced_until,
                               suspended_until, created_at
                        from members where id in (:ids)""")
                .param("ids", ids).query(STANDING).list();
    }

    /** Members the automatic promotion may raise: below regular, not locked, able to sign in. */
    List<Standing> listPromotable() {
        return db.sql("""
                        select id as member_id, display_name, role, trust_level, trust_locked, silenced_until,
                               suspended_until, created_at
                        from members where trust_level < 3 and not trust_locked and password_hash is not null""")
                .query(STANDING).list();
    }

    void updateTrust(long id, int level, boolean locked) {
        db.sql("update members set trust_level = :level, trust_locked = :locked, updated_at = now() where id = :id")
                .param("id", id).param("level", level).param("locked", locked).update();
    }

    void updateSanctions(long id, Instant silencedUntil, Instant suspendedUntil) {
        db.sql("""
                        update members set silenced_until = :silenced, suspended_until = :suspended, updated_at = now()
                        where id = :id""")
                .param("id", id)
                .param("silenced", silencedUntil == null ? null : Timestamp.from(silencedUntil))
                .param("suspended", suspendedUntil == null ? null : Timestamp.from(suspendedUntil))
                .update();
    }

    Optional<Member> findByEmail(String email) {
        return db.sql("select " + COLUMNS + " from members where email = :email")
                .param("email", email).query(MEMBER).optional();
    }

    List<Member> listByIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + " from members where id in (:ids)")
                .param("ids", ids).query(MEMBER).list();
    }

    List<Member> listByRole(Role role) {
        return db.sql("select " + COLUMNS + " from members where role = :role order by display_name, id")
                .param("role", role.code()).query(MEMBER).list();
    }

    /** Members who may be mentioned: signed up and verified, not suspended. */
    private static final String MENTIONABLE = """
            email_verified_at is not null and (suspended_until is null or suspended_until <= now())""";

    List<MentionCandidate> listMentionable(Collection<String> handles) {
        if (handles.isEmpty()) return List.of();
        return db.sql("select id, mention_handle as handle, display_name from members where mention_handle in (:handles) and "
                        + MENTIONABLE)
                .param("handles", handles).query(MentionCandidate.class).list();
    }

    /** Handles or display names starting with the prefix, whatever its case and accents; exact handles first. */
    List<MentionCandidate> listMentionableByPrefix(String prefix, int limit) {
        var pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.sql("select id, mention_handle as handle, display_name from members where (mention_handle like mention_fold(:pattern)"
                        + " or mention_fold(display_name) like mention_fold(:pattern)) and " + MENTIONABLE + " " + """
                         order by mention_handle <> mention_fold(:prefix), length(mention_handle), mention_handle
                         limit :limit""")
                .param("pattern", pattern).param("prefix", prefix).param("limit", limit)
                .query(MentionCandidate.class).list();
    }

    /** Suspended members cannot sign in until the suspension ends. */
    Optional<Credentials> credentials(String email) {
        return db.sql("""
                        select id, email, password_hash, email_verified_at is not null as verified
                        from members where email = :email and password_hash is not null
                          and (suspended_until is null or suspended_until <= now())""")
                .param("email", email).query(Credentials.class).optional();
    }

    long countAdmins() {
        return db.sql("select count(*) from members where role = 'admin'").query(Long.class).single();
    }

    /** Serializes role changes and admin bootstrap across nodes until the transaction ends. */
    void lockRoles() {
        db.sql("select pg_advisory_xact_lock(hashtext('muster.roles'))").query(Object.class).single();
    }

    boolean anyAdmin() {
        return db.sql("select exists (select 1 from members where role = 'admin')")
                .query(Boolean.class).single();
    }

    /** Returns the new id, or empty when the e-mail was taken meanwhile. */
    Optional<Long> insert(String email, String passwordHash, String displayName, Role role, boolean verified) {
        return db.sql("""
                        insert into members (email, password_hash, display_name, role, email_verified_at, trust_level)
                        values (:email, :hash, :name, :role, case when :verified then now() end,
                                case when :role in ('moderator', 'staff', 'admin') then 4 else 0 end)
                        on conflict (email) do nothing returning id""")
                .param("email", email).param("hash", passwordHash).param("name", displayName)
                .param("role", role.code()).param("verified", verified)
                .query(Long.class).optional();
    }

    void updateProfile(long id, String displayName, String bio, String city, ZoneId zone,
                       List<String> skills, List<String> languages, Locale reads) {
        db.sql("""
                        update members set display_name = :name, bio = :bio, city = :city, time_zone = :zone,
                               skills = :skills, languages = :languages, language = :reads, updated_at = now()
                        where id = :id""")
                .param("id", id).param("name", displayName).param("bio", bio).param("city", city)
                .param("zone", zone.getId()).param("skills", skills.toArray(String[]::new))
                .param("languages", languages.toArray(String[]::new))
                .param("reads", reads == null ? null : reads.getLanguage())
                .update();
    }

    void updateRole(long id, Role role) {
        db.sql("update members set role = :role, updated_at = now() where id = :id")
                .param("id", id).param("role", role.code()).update();
    }

    /** Joined less than the given days ago and has not hidden the first-steps tips. */
    boolean firstStepsDue(long id, int days) {
        return db.sql("""
                select count(*) from members where id = :id and first_steps_dismissed_at is null
                    and created_at > now() - make_interval(days => :days)""")
                .param("id", id).param("days", days).query(Long.class).single() > 0;
    }

    /** False when they were hidden already. */
    boolean dismissFirstSteps(long id) {
        return db.sql("update members set first_steps_dismissed_at = now() where id = :id and first_steps_dismissed_at is null")
                .param("id", id).update() > 0;
    }

    void markVerified(long id) {
        db.sql("update members set email_verified_at = coalesce(email_verified_at, now()) where id = :id")
                .param("id", id).update();
    }

    void updatePassword(long id, String passwordHash) {
        db.sql("update members set password_hash = :hash, updated_at = now() where id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    /** Members in name order, optionally filtered by a fragment of name or e-mail. */
    /** What staff's member list filters and sorts by; the order is one of a fixed few, never text from the request. */
    List<ListedMember> search(MemberSearch search, Instant seenAfter, Instant seenBefore, int limit, int offset) {
        var order = switch (search.sort()) {
            case "last-seen" -> "last_seen_at desc nulls last, id";
            case "joined" -> "created_at desc, id desc";
            default -> "lower(display_name), id";
        };
        var query = search.query();
        return db.sql("select " + COLUMNS + """
                        , trust_level, last_seen_at, silenced_until, suspended_until
                         from members
                        where (:q = '' or email like :like or lower(display_name) like :like)
                          and (:role = '' or role = :role)
                          and (cast(:trust as int) is null or trust_level = cast(:trust as int))
                          and (:status = ''
                               or (:status = 'verified' and email_verified_at is not null)
                               or (:status = 'unverified' and email_verified_at is null)
                               or (:status = 'silenced' and silenced_until > now())
                               or (:status = 'suspended' and suspended_until > now()))
                          and (cast(:after as timestamptz) is null or last_seen_at >= cast(:after as timestamptz))
                          and (cast(:before as timestamptz) is null or last_seen_at < cast(:before as timestamptz))"""
                        + " order by " + order + " limit :limit offset :offset")
                .param("q", query).param("like", "%" + query.toLowerCase() + "%")
                .param("role", search.role()).param("trust", search.trust()).param("status", search.status())
                .param("after", seenAfter == null ? null : java.sql.Timestamp.from(seenAfter))
                .param("before", seenBefore == null ? null : java.sql.Timestamp.from(seenBefore))
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new ListedMember(MEMBER.mapRow(rs, row), rs.getInt("trust_level"), instant(rs, "last_seen_at"),
                        instant(rs, "silenced_until"), instant(rs, "suspended_until")))
                .list();
    }

    /** Skips the write when the moment noted is recent enough (another node may just have written it). */
    void updateLastSeen(long id, java.time.Duration every) {
        db.sql("""
                        update members set last_seen_at = now()
                        where id = :id and (last_seen_at is null or last_seen_at < now() - make_interval(secs => :secs))""")
                .param("id", id).param("secs", every.toSeconds()).update();
    }

    Optional<Instant> lastSeen(long id) {
        return db.sql("select last_seen_at from members where id = :id").param("id", id)
                .query((rs, row) -> Optional.ofNullable(instant(rs, "last_seen_at"))).optional().flatMap(o -> o);
    }

    List<AvailabilityWindow> availability(long memberId) {
        return db.sql("""
                        select weekday, starts_at, ends_at from member_availability
                        where member_id = :id order by weekday, starts_at""")
                .param("id", memberId)
                .query((rs, row) -> new AvailabilityWindow(DayOfWeek.of(rs.getInt("weekday")),
                        rs.getTime("starts_at").toLocalTime(), rs.getTime("ends_at").toLocalTime()))
                .list();
    }

    /** The availability windows of each of these members who set any. */
    Map<Long, List<AvailabilityWindow>> availabilities(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var windows = new HashMap<Long, List<AvailabilityWindow>>();
        db.sql("""
                        select member_id, weekday, starts_at, ends_at from member_availability
                        where member_id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    windows.computeIfAbsent(rs.getLong("member_id"), id -> new ArrayList<>())
                            .add(new AvailabilityWindow(DayOfWeek.of(rs.getInt("weekday")),
                                    rs.getTime("starts_at").toLocalTime(), rs.getTime("ends_at").toLocalTime()));
                });
        return windows;
    }

    void replaceAvailability(long memberId, List<AvailabilityWindow> windows) {
        db.sql("delete from member_availability where member_id = :id").param("id", memberId).update();
        for (var window : windows) {
            db.sql("""
                            insert into member_availability (member_id, weekday, starts_at, ends_at)
                            values (:id, :day, :starts, :ends)""")
                    .param("id", memberId).param("day", window.day().getValue())
                    .param("starts", window.startsAt()).param("ends", window.endsAt())
                    .update();
        }
    }

    java.util.Map<Long, Long> importedIds(String source, Collection<Long> sourceIds) {
        var ids = new java.util.HashMap<Long, Long>();
        if (sourceIds.isEmpty()) return ids;
        db.sql("select source_id, id from members where source = :source and source_id in (:ids)")
                .param("source", source).param("ids", sourceIds)
                .query((rs, row) -> ids.put(rs.getLong("source_id"), rs.getLong("id"))).list();
        return ids;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
