package org.muster.moderation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The review queue and the flags that feed it. */
@Repository
class ReviewRepository {

    private static final String REVIEW_COLUMNS = """
            id, post_id, comment_id, space_id, author_id, cause, spam_score, signals, tags, created_at, resolved_at,
            resolved_by, resolution""";

    private static final RowMapper<Review> REVIEW = (rs, row) -> new Review(rs.getLong("id"), rs.getLong("post_id"),
            (Long) rs.getObject("comment_id"), rs.getLong("space_id"), (Long) rs.getObject("author_id"), rs.getString("cause"),
            rs.getDouble("spam_score"), List.of((String[]) rs.getArray("signals").getArray()),
            List.of((String[]) rs.getArray("tags").getArray()), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("resolved_at")), (Long) rs.getObject("resolved_by"), rs.getString("resolution"));

    private final JdbcClient db;

    ReviewRepository(JdbcClient db) {
        this.db = db;
    }

    /** The open review of a post (or comment), made now if there is none; returns its id. */
    long open(long postId, Long commentId, long spaceId, Long authorId, String cause, double score, List<String> signals,
              List<String> tags) {
        var existing = db.sql("""
                        select id from reviews where post_id = :post and resolved_at is null
                          and comment_id is not distinct from :comment for update""")
                .param("post", postId).param("comment", commentId).query(Long.class).optional();
        if (existing.isPresent()) return existing.get();
        return db.sql("""
                        insert into reviews (post_id, comment_id, space_id, author_id, cause, spam_score, signals, tags)
                        values (:post, :comment, :space, :author, :cause, :score, :signals, :tags) returning id""")
                .param("post", postId).param("comment", commentId).param("space", spaceId).param("author", authorId)
                .param("cause", cause)
                .param("score", score).param("signals", signals.toArray(String[]::new))
                .param("tags", tags.toArray(String[]::new))
                .query(Long.class).single();
    }

    Optional<Review> find(long id) {
        return db.sql("select " + REVIEW_COLUMNS + " from reviews where id = :id for update").param("id", id)
                .query(REVIEW).optional();
    }

    /**
     * Open reviews in the given spaces (those the reviewer may read), oldest first; with tags, only
     * those on questions carrying one of them.
     */
    List<Review> listOpen(List<String> tags, Collection<Long> spaceIds, int limit) {
        return db.sql("select " + REVIEW_COLUMNS + """
                         from reviews where resolved_at is null and space_id = any(:spaces)
                          and (:all or tags && cast(:tags as text[]))
                        order by created_at, id limit :limit""")
                .param("all", tags == null).param("tags", tags == null ? new String[0] : tags.toArray(String[]::new))
                .param("spaces", spaceIds.toArray(Long[]::new)).param("limit", limit).query(REVIEW).list();
    }

    /** A review still open, read without locking it. */
    Optional<Review> findOpen(long id) {
        return db.sql("select " + REVIEW_COLUMNS + " from reviews where id = :id and resolved_at is null").param("id", id)
                .query(REVIEW).optional();
    }

    Optional<Long> openReviewOf(long postId, Long commentId) {
        return db.sql("""
                        select id from reviews where post_id = :post and resolved_at is null
                          and comment_id is not distinct from :comment""")
                .param("post", postId).param("comment", commentId).query(Long.class).optional();
    }

    /** Flags on the review's post settled by its resolution: resolve sets both in one transaction, at one now(). */
    List<Long> flaggersOf(long reviewId) {
        return db.sql("""
                        select f.member_id from reviews r
                        join flags f on f.post_id = r.post_id and f.resolved_at = r.resolved_at
                        where r.id = :id and r.comment_id is null order by f.created_at, f.id""")
                .param("id", reviewId).query(Long.class).list();
    }

    int countOpen(Collection<Long> spaceIds) {
        return db.sql("select count(*) from reviews where resolved_at is null and space_id = any(:spaces)")
                .param("spaces", spaceIds.toArray(Long[]::new)).query(Integer.class).single();
    }

    void resolve(long id, long by, String resolution) {
        db.sql("update reviews set resolved_at = now(), resolved_by = :by, resolution = :res where id = :id")
                .param("id", id).param("by", by).param("res", resolution).update();
    }

    boolean hasOpenFlag(long postId, long memberId) {
        return db.sql("select exists (select 1 from flags where post_id = :p and member_id = :m and resolved_at is null)")
                .param("p", postId).param("m", memberId).query(Boolean.class).single();
    }

    /** False when the member already has an open flag on the post (a concurrent double click). */
    boolean insertFlag(long postId, long memberId, String reason, String note, int weight) {
        return db.sql("""
                        insert into flags (post_id, member_id, reason, note, weight) values (:p, :m, :r, :n, :w)
                        on conflict do nothing""")
                .param("p", postId).param("m", memberId).param("r", reason).param("n", note).param("w", weight)
                .update() == 1;
    }

    int openFlagWeight(long postId) {
        return db.sql("select coalesce(sum(weight), 0) from flags where post_id = :p and resolved_at is null")
                .param("p", postId).query(Integer.class).single();
    }

    List<Flag> openFlags(Collection<Long> postIds) {
        if (postIds.isEmpty()) return List.of();
        return db.sql("""
                        select id, post_id, member_id, reason, note, weight, created_at, resolved_at, resolution
                        from flags where post_id in (:ids) and resolved_at is null order by created_at""")
                .param("ids", postIds).query(Flag.class).list();
    }

    List<String> openFlagReasons(long postId) {
        return db.sql("select distinct reason from flags where post_id = :p and resolved_at is null")
                .param("p", postId).query(String.class).list();
    }

    void resolveFlags(long postId, String resolution) {
        db.sql("update flags set resolved_at = now(), resolution = :res where post_id = :p and resolved_at is null")
                .param("p", postId).param("res", resolution).update();
    }

    int flagsToday(long memberId) {
        return db.sql("select count(*) from flags where member_id = :m and created_at > now() - interval '1 day'")
                .param("m", memberId).query(Integer.class).single();
    }

    /** Authors with a review resolved against them (flags upheld or spam removed) in the last 90 days. */
    List<Long> authorsWithUpheldFlags(Collection<Long> authorIds) {
        if (authorIds.isEmpty()) return List.of();
        return db.sql("""
                        select distinct author_id from reviews
                        where author_id in (:ids) and resolved_at > now() - interval '90 days'
                          and resolution in ('hide', 'delete', 'lock', 'close')""")
                .param("ids", authorIds).query(Long.class).list();
    }

    private static java.time.Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
