package org.muster.qa.importing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;

/**
 * The SQL of imports: batched, and idempotent by (source, source id), so a re-run inserts nothing
 * twice and the finishing updates set absolute values. Public inside qa only (this package is no named
 * interface): qa's synthetic community bulk-loads through the same finishing step.
 */
@Repository
public class ImportRepository {

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    ImportRepository(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    public void createScratchTables() {
        db.sql("create temporary table if not exists import_accepted (question bigint, answer bigint) on commit drop").update();
        db.sql("create temporary table if not exists import_votes (post bigint, kind int) on commit drop").update();
        db.sql("create temporary table if not exists import_duplicates (post bigint, original bigint) on commit drop").update();
    }

    void insertTags(List<MapSqlParameterSource> rows) {
        run("insert into tags (name) values (:name) on conflict do nothing", rows);
    }

    int insertQuestions(List<MapSqlParameterSource> rows) {
        return run("""
                insert into posts (kind, space_id, author_id, title, body, body_html, score, view_count, status,
                                   close_reason, closed_at, created_at, last_activity_at, edited_at,
                                   source, source_id, source_author, source_license)
                values ('question', :space, :author, :title, :body, :html, :score, :views, :status,
                        :reason, :closedAt, :created, :activity, :edited, :source, :sourceId, :sourceAuthor, :license)
                on conflict (source, source_id) where source is not null do nothing""", rows);
    }

    /** Answers whose question is not in the dump (deleted there) are skipped by the join. */
    int insertAnswers(List<MapSqlParameterSource> rows) {
        return run("""
                insert into posts (kind, question_id, space_id, author_id, body, body_html, score, created_at,
                                   last_activity_at, edited_at, source, source_id, source_author, source_license)
                select 'answer', q.id, q.space_id, :author, :body, :html, :score, :created, :activity, :edited,
                       :source, :sourceId, :sourceAuthor, :license
                from posts q where q.source = :source and q.source_id = :parent and q.kind = 'question'
                on conflict (source, source_id) where source is not null do nothing""", rows);
    }

    void tagPosts(List<MapSqlParameterSource> rows) {
        run("""
                insert into post_tags (post_id, tag_id)
                select p.id, t.id from posts p, tags t
                where p.source = :source and p.source_id = :sourceId and t.name = :tag
                on conflict do nothing""", rows);
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

    void noteAccepted(List<MapSqlParameterSource> rows) {
        run("insert into import_accepted (question, answer) values (:question, :answer)", rows);
    }

    int insertComments(List<MapSqlParameterSource> rows) {
        return run("""
                insert into comments (post_id, author_id, body, created_at, source, source_id, source_author)
                select p.id, :author, :body, :created, :source, :sourceId, :sourceAuthor
                from posts p where p.source = :source and p.source_id = :postId
                on conflict (source, source_id) where source is not null do nothing""", rows);
    }

    void noteVotes(List<MapSqlParameterSource> rows) {
        run("insert into import_votes (post, kind) values (:post, :kind)", rows);
    }

    void noteDuplicates(List<MapSqlParameterSource> rows) {
        run("insert into import_duplicates (post, original) values (:post, :original)", rows);
    }

    /** Accepted answers, vote counts, duplicate links, then every count and the solved marks. */
    public void finish(String source) {
        db.sql("""
                        update posts q set accepted_answer_id = a.id
                        from import_accepted s join posts a on a.source = :source and a.source_id = s.answer
                        where q.source = :source and q.source_id = s.question""")
                .param("source", source).update();
        db.sql("""
                        update posts p set up_votes = v.up, down_votes = v.down
                        from (select post, count(*) filter (where kind = 2) as up, count(*) filter (where kind = 3) as down
                              from import_votes group by post) v
                        where p.source = :source and p.source_id = v.post""")
                .param("source", source).update();
        db.sql("""
                        update posts q set duplicate_of = o.id, close_reason = 'duplicate'
                        from import_duplicates d join posts o on o.source = :source and o.source_id = d.original
                        where q.source = :source and q.source_id = d.post and q.status = 'closed'""")
                .param("source", source).update();
        db.sql("""
                        update posts q set answer_count = (select count(*) from posts a where a.question_id = q.id
                                                           and a.deleted_at is null)
                        where q.source = :source and q.kind = 'question'""")
                .param("source", source).update();
        db.sql("""
                        update posts p set comment_count = (select count(*) from comments c where c.post_id = p.id
                                                            and c.deleted_at is null)
                        where p.source = :source""")
                .param("source", source).update();
        db.sql("""
                        update posts q set solved = exists (select 1 from posts a where a.question_id = q.id
                               and a.deleted_at is null and (a.id = q.accepted_answer_id or a.validated_at is not null))
                        where q.source = :source and q.kind = 'question'""")
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

    private int run(String sql, List<MapSqlParameterSource> rows) {
        if (rows.isEmpty()) return 0;
        return Arrays.stream(batch.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new))).map(n -> Math.max(n, 0)).sum();
    }
}
