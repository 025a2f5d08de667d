package org.muster.recognition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class BadgeRepository {

    private static final String AWARD = """
            select a.id, a.badge_id, b.slug, b.name, b.description, b.level, a.member_id, a.reason, a.awarded_by,
                   a.awarded_at, a.evidence_post, a.revoked_at, a.revoked_by, a.revoke_reason, a.salt,
                   a.public_id, a.numbered_link
            from badge_awards a join badges b on b.id = a.badge_id""";

    private final JdbcClient db;

    BadgeRepository(JdbcClient db) {
        this.db = db;
    }

    /** The badge's id, made on first use. */
    long ensure(String slug, String name, String description, String level, String kind, String tag, Long by) {
        db.sql("""
                        insert into badges (slug, name, description, level, kind, tag, created_by)
                        values (:slug, :name, :description, :level, :kind, :tag, :by) on conflict (slug) do nothing""")
                .param("slug", slug).param("name", name).param("description", description).param("level", level)
                .param("kind", kind).param("tag", tag).param("by", by).update();
        return db.sql("select id from badges where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    Optional<Badge> find(String slug) {
        return db.sql("select id, slug, name, description, level, kind, tag, created_at from badges where slug = :slug")
                .param("slug", slug).query(Badge.class).optional();
    }

    Optional<Badge> find(long id) {
        return db.sql("select id, slug, name, description, level, kind, tag, created_at from badges where id = :id")
                .param("id", id).query(Badge.class).optional();
    }

    /** Rule badges with their rules. */
    Map<Badge, String> rules() {
        var rules = new java.util.LinkedHashMap<Badge, String>();
        db.sql("select id, slug, name, description, level, kind, tag, created_at, rule from badges where kind = 'rule' order by id")
                .query((rs, row) -> rules.put(new Badge(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                        rs.getString("description"), rs.getString("level"), rs.getString("kind"), rs.getString("tag"),
                        rs.getTimestamp("created_at").toInstant()), rs.getString("rule"))).list();
        return rules;
    }

    void setRule(long badgeId, String rule) {
        db.sql("update badges set rule = :rule where id = :id").param("id", badgeId).param("rule", rule).update();
    }

    /** The tag of each of these badges that has one. */
    Map<Long, String> tagsOf(java.util.Collection<Long> badgeIds) {
        var tags = new java.util.HashMap<Long, String>();
        if (badgeIds.isEmpty()) return tags;
        db.sql("select id, tag from badges where id in (:ids) and tag is not null").param("ids", badgeIds)
                .query((rs, row) -> tags.put(rs.getLong(1), rs.getString(2))).list();
        return tags;
    }

    List<Badge> list() {
        return db.sql("select id, slug, name, description, level, kind, tag, created_at from badges order by kind, level, name")
                .query(Badge.class).list();
    }

    /**
     * False when the member already holds the badge, or, with {@code onlyOnce}, ever held it: an
     * earned badge that staff revoked does not come back by itself.
     */
    boolean award(long badgeId, long memberId, String reason, Long by, Long evidencePost, String salt, boolean onlyOnce) {
        return db.sql("""
                        insert into badge_awards (badge_id, member_id, reason, awarded_by, evidence_post, salt)
                        select :b, :m, :reason, :by, :post, :salt
                        where not (:once and exists (select 1 from badge_awards where badge_id = :b and member_id = :m))
                        on conflict do nothing""")
                .param("b", badgeId).param("m", memberId).param("reason", reason).param("by", by)
                .param("post", evidencePost).param("salt", salt).param("once", onlyOnce).update() == 1;
    }

    Optional<BadgeAward> findAward(long id) {
        return db.sql(AWARD + " where a.id = :id").param("id", id).query(BadgeAward.class).optional();
    }

    Optional<BadgeAward> findAward(java.util.UUID publicId) {
        return db.sql(AWARD + " where a.public_id = :id").param("id", publicId).query(BadgeAward.class).optional();
    }

    List<BadgeAward> awardsOf(long memberId) {
        return db.sql(AWARD + " where a.member_id = :m order by a.awarded_at desc, a.id desc").param("m", memberId)
                .query(BadgeAward.class).list();
    }

    boolean revoke(long awardId, long by, String reason) {
        return db.sql("""
                        update badge_awards set revoked_at = now(), revoked_by = :by, revoke_reason = :reason
                        where id = :id and revoked_at is null""")
                .param("id", awardId).param("by", by).param("reason", reason).update() == 1;
    }
}
