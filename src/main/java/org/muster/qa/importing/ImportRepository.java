package org.muster.qa.importing;

import org.muster.platform.CopyRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The SQL of imports: rows streamed in with COPY, then set-based statements, idempotent by (source,
 * source id), so a re-run inserts nothing twice and the finishing update sets absolute values. Public inside qa only (this package is no named
 * interface): qa's synthetic community bulk-loads through the same finishing step.
 */
@Repository
public class ImportRepository {

    /** A question (with its tags and accepted answer) or an answer, as the dump has it, ids and all. */
    record DumpPost(long sourceId, boolean question, Long parentId, Long acceptedId, Long ownerId, String sourceAuthor,
                    String license, String title, String body, String html, int score, int views, Timestamp closedAt,
                    Timestamp createdAt, Timestamp activityAt, Timestamp editedAt, List<String> tags) {
    }

    record DumpComment(long sourceId, long postId, Long userId, String sourceAuthor, String body, Timestamp createdAt) {
    }

    record DumpVote(long postId, int kind) {
    }

    record DumpLink(long postId, long relatedPostId) {
    }

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;
    private final CopyRows copies;

    ImportRepository(JdbcClient db, NamedParameterJdbcTemplate batch, CopyRows copies) {
        this.db = db;
        this.batch = batch;
        this.copies = copies;
    }

    public void createScratchTables() {
        db.sql("create temporary table if not exists import_accepted (question bigint, answer bigint) on commit drop").update();
        db.sql("create temporary table if not exists import_votes (post bigint, kind int) on commit drop").update();
        db.sql("create temporary table if not exists import_duplicates (post bigint, original bigint) on commit drop").update();
        db.sql("""
                create temporary table if not exists import_posts (source_id bigint, question boolean, parent bigint,
                    accepted bigint, author bigint, source_author text, license text, title text, body text, html text,
                    score int, views int, closed_at timestamptz, created_at timestamptz, activity_at timestamptz,
                    edited_at timestamptz, tags text[]) on commit drop""").update();
        db.sql("""
                create temporary table if not exists import_comments (source_id bigint, post bigint, author bigint,
                    source_author text, body text, created_at timestamptz) on commit drop""").update();
    }

    void insertTags(List<MapSqlParameterSource> rows) {
        run("insert into tags (name) values (:name) on conflict do nothing", rows);
    }

    /**
     * One slice of the dump's posts: streamed in with COPY, then questions, their tags, answers and accepted
     * answers in a statement each. Answers whose question is not in the dump (deleted there), or only in a
     * later slice, are skipped by the join. {@code authors}: member ids by the dump's user ids. Posts are
     * found by index, one lookup per row (lateral, limit 1: never flattened into a join): the statistics
     * of posts are those from before the import, and a hash join over every post imported so far made
     * each slice slower than the last.
     */
    void insertPosts(String source, long spaceId, List<DumpPost> posts, Map<Long, Long> authors) {
        if (posts.isEmpty()) return;
        try (var copy = copies.into("import_posts", """
                source_id, question, parent, accepted, author, source_author, license, title, body, html, score, views,
                closed_at, created_at, activity_at, edited_at, tags""")) {
            for (var p : posts)
                copy.row(p.sourceId(), p.question(), p.parentId(), p.acceptedId(), member(authors, p.ownerId()), p.sourceAuthor(),
                        p.license(), p.title(), p.body(), p.html(), p.score(), p.views(), p.closedAt(), p.createdAt(),
                        p.activityAt(), p.editedAt(), p.tags());
            copy.finish();
        }
        db.sql("insert into tags (name) select distinct unnest(tags) from import_posts on conflict do nothing").update();
        db.sql("""
                        insert into posts (kind, space_id, author_id, title, body, body_html, score, view_count, status,
                                           close_reason, closed_at, created_at, last_activity_at, edited_at,
                                           source, source_id, source_author, source_license)
                        select 'question', :space, author, title, body, html, score, views,
                               case when closed_at is null then 'open' else 'closed' end,
                               case when closed_at is null then null else 'off-topic' end,
                               closed_at, created_at, activity_at, edited_at, :source, source_id, source_author, license
                        from import_posts where question order by source_id
                        on conflict (source, source_id) where source is not null do nothing""")
                .param("space", spaceId).param("source", source).update();
        db.sql("""
                        insert into post_tags (post_id, tag_id)
                        select p.id, t.id
                        from import_posts s cross join unnest(s.tags) as tag (name)
                        cross join lateral (select id from posts where source = :source and source_id = s.source_id limit 1) p
                        join tags t on t.name = tag.name
                        where s.question
                        on conflict do nothing""")
                .param("source", source).update();
        db.sql("insert into import_accepted (question, answer) select source_id, accepted from import_posts where accepted is not null")
                .update();
        db.sql("""
                        insert into posts (kind, question_id, space_id, author_id, body, body_html, score, created_at,
                                           last_activity_at, edited_at, source, source_id, source_author, source_license)
                        select 'answer', q.id, q.space_id, s.author, s.body, s.html, s.score, s.created_at, s.activity_at,
                               s.edited_at, :source, s.source_id, s.source_author, s.license
                        from import_posts s
                        cross join lateral (select id, space_id from posts
                                            where source = :source and source_id = s.parent and kind = 'question' limit 1) q
                        where not s.question order by s.source_id
                        on conflict (source, source_id) where source is not null do nothing""")
                .param("source", source).update();
        db.sql("truncate import_posts").update();
    }

    void firstRevisions(String source) {
        db.sql("""
                        insert into post_revisions (post_id, revision, author_id, title, body, tags, created_at)
                        select p.id, 1, p.author_id, p.title, p.body,
                               coalesce((select array_agg(t.name order by t.name) from post_tags pt join tags t on t.id = pt.tag_id
                                         where pt.post_id = p.id), '{}'),
                               p.created_at
                        from posts p where p.source = :source
                        on conflict do nothing""")
                .param("source", source).update();
    }

    /** One slice of the dump's comments, as {@link #insertPosts}; those on posts not imported are skipped. */
    void insertComments(String source, List<DumpComment> comments, Map<Long, Long> authors) {
        if (comments.isEmpty()) return;
        try (var copy = copies.into("import_comments", "source_id, post, author, source_author, body, created_at")) {
            for (var c : comments) copy.row(c.sourceId(), c.postId(), member(authors, c.userId()), c.sourceAuthor(), c.body(), c.createdAt());
            copy.finish();
        }
        db.sql("""
                        insert into comments (post_id, author_id, body, created_at, source, source_id, source_author)
                        select p.id, s.author, s.body, s.created_at, :source, s.source_id, s.source_author
                        from import_comments s
                        cross join lateral (select id from posts where source = :source and source_id = s.post limit 1) p
                        order by s.source_id
                        on conflict (source, source_id) where source is not null do nothing""")
                .param("source", source).update();
        db.sql("truncate import_comments").update();
    }

    /** Up (2) and down (3) votes by the post's id in the dump; {@code votes} hands each to its argument. */
    void noteVotes(Consumer<Consumer<DumpVote>> votes) {
        try (var copy = copies.into("import_votes", "post, kind")) {
            votes.accept(vote -> copy.row(vote.postId(), vote.kind()));
            copy.finish();
        }
    }

    /** Duplicate links by the posts' ids in the dump; {@code links} hands each to its argument. */
    void noteDuplicates(Consumer<Consumer<DumpLink>> links) {
        try (var copy = copies.into("import_duplicates", "post, original")) {
            links.accept(link -> copy.row(link.postId(), link.relatedPostId()));
            copy.finish();
        }
    }

    /**
     * Accepted answers, vote counts, duplicate links, then every count and the solved marks, in one update:
     * each post of the source is rewritten once, with all its indexes, rather than once per figure.
     */
    public void finish(String source) {
        db.sql("""
                        update posts p set
                            accepted_answer_id = coalesce(f.accepted, p.accepted_answer_id),
                            up_votes = coalesce(f.up, p.up_votes), down_votes = coalesce(f.down, p.down_votes),
                            duplicate_of = coalesce(f.original, p.duplicate_of),
                            close_reason = case when f.original is null then p.close_reason else 'duplicate' end,
                            answer_count = case when p.kind = 'question' then (select count(*) from posts a
                                               where a.question_id = p.id and a.deleted_at is null) else p.answer_count end,
                            comment_count = (select count(*) from comments c where c.post_id = p.id and c.deleted_at is null),
                            solved = case when p.kind = 'question' then exists (select 1 from posts a where a.question_id = p.id
                                              and a.deleted_at is null
                                              and (a.id = coalesce(f.accepted, p.accepted_answer_id) or a.validated_at is not null))
                                          else p.solved end
                        from (select x.id, accepted.answer as accepted, votes.up, votes.down, duplicates.original
                              from posts x
                              left join (select s.question, min(a.id) as answer from import_accepted s
                                         join posts a on a.source = :source and a.source_id = s.answer
                                         group by s.question) accepted on accepted.question = x.source_id
                              left join (select post, count(*) filter (where kind = 2) as up,
                                                count(*) filter (where kind = 3) as down
                                         from import_votes group by post) votes on votes.post = x.source_id
                              left join (select d.post, min(o.id) as original from import_duplicates d
                                         join posts o on o.source = :source and o.source_id = d.original
                                         group by d.post) duplicates on duplicates.post = x.source_id and x.status = 'closed'
                              where x.source = :source) f
                        where p.id = f.id""")
                .param("source", source).update();
        // Fresh statistics, or the planner judges the first queries after a bulk load by empty tables.
        for (var table : List.of("posts", "post_tags", "tags", "comments", "post_revisions"))
            db.sql("analyze " + table).update();
    }

    public long count(String source, String kind) {
        return db.sql("select count(*) from posts where source = :source and kind = :kind")
                .param("source", source).param("kind", kind).query(Long.class).single();
    }

    long countComments(String source) {
        return db.sql("select count(*) from comments where source = :source")
                .param("source", source).query(Long.class).single();
    }

    private static Long member(Map<Long, Long> authors, Long userId) {
        return userId == null ? null : authors.get(userId);
    }

    private int run(String sql, List<MapSqlParameterSource> rows) {
        if (rows.isEmpty()) return 0;
        return Arrays.stream(batch.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new))).map(n -> Math.max(n, 0)).sum();
    }
}
