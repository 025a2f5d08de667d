package org.muster.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * What moderation handled, post by post, for metrics: read in bulk, never per row, and without a
 * reader's checks (the caller keeps to the spaces its reader may see). A sanction counts here only
 * when it was imposed while resolving a review item, as only then does it belong to a space.
 */
@Service
@NamedInterface("api")
public class ModerationIncidents {

    private final JdbcClient db;

    ModerationIncidents(JdbcClient db) {
        this.db = db;
    }

    /**
     * Every incident on these posts (and comments on them), as it stands now. A flag belongs to the
     * review item open when it was raised, which resolving settles with it at one instant; a sanction
     * to the review of its member resolved in the same transaction.
     */
    @Transactional(readOnly = true)
    public List<ModerationIncident> onPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) return List.of();
        return db.sql("""
                        select 'FLAG' as kind, f.id, r.post_id, r.space_id, r.tags, f.created_at as at, f.resolution as outcome,
                               f.reason
                        from flags f
                        join reviews r on r.post_id = f.post_id and r.comment_id is null and r.created_at <= f.created_at
                         and r.resolved_at is not distinct from f.resolved_at
                        where f.post_id = any(:posts)
                        union all
                        select 'SPAM', r.id, r.post_id, r.space_id, r.tags, r.created_at, r.resolution, null
                        from reviews r where r.cause = 'spam' and r.post_id = any(:posts)
                        union all
                        select 'RESOLVED', r.id, r.post_id, r.space_id, r.tags, r.resolved_at, r.resolution, null
                        from reviews r where r.resolved_at is not null and r.post_id = any(:posts)
                        union all
                        select 'SANCTION', s.id, r.post_id, r.space_id, r.tags, s.created_at, s.kind, null
                        from sanctions s join reviews r on r.author_id = s.member_id and r.resolved_at = s.created_at
                        where r.post_id = any(:posts)""")
                .param("posts", postIds.toArray(Long[]::new))
                .query((rs, n) -> new ModerationIncident(ModerationIncident.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("id"), rs.getLong("post_id"), rs.getLong("space_id"),
                        List.of((String[]) rs.getArray("tags").getArray()), rs.getTimestamp("at").toInstant(),
                        rs.getString("outcome"), rs.getString("reason")))
                .list();
    }

    /** The next posts that have review items, in id order after {@code afterPostId}: a recompute's pages. */
    @Transactional(readOnly = true)
    public List<Long> reviewedPostsAfter(long afterPostId, int limit) {
        return db.sql("select distinct post_id from reviews where post_id > :after order by post_id limit :limit")
                .param("after", afterPostId).param("limit", limit).query(Long.class).list();
    }

    /** How many posts have review items, for a recompute's progress. */
    @Transactional(readOnly = true)
    public long reviewedPosts() {
        return db.sql("select count(distinct post_id) from reviews").query(Long.class).single();
    }

    /** Review items waiting for a decision, in every space: a gauge for the site's operators. */
    @Transactional(readOnly = true)
    public long openReviews() {
        return db.sql("select count(*) from reviews where resolved_at is null").query(Long.class).single();
    }
}
