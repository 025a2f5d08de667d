package org.muster.knowledge;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All SQL of articles, their revisions and the threads they document. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            id, space_id, author_id, title, body, body_html, tags, revision, created_at, edited_by, edited_at""";

    private static final RowMapper<Article> ARTICLE = (rs, n) -> new Article(rs.getLong("id"), rs.getLong("space_id"),
            rs.getLong("author_id"), rs.getString("title"), rs.getString("body"), rs.getString("body_html"),
            tags(rs), rs.getInt("revision"), instant(rs, "created_at"), (Long) rs.getObject("edited_by"),
            instant(rs, "edited_at"));

    private final JdbcClient db;

    ArticleRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Article> find(long id) {
        return db.sql("select " + COLUMNS + " from knowledge_articles where id = :id").param("id", id).query(ARTICLE).optional();
    }

    List<Article> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + " from knowledge_articles where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).query(ARTICLE).list();
    }

    /** Articles with ids above {@code afterId} in id order: a rebuild's or a sitemap's pages. */
    List<Article> listAfter(long afterId, int limit) {
        return db.sql("select " + COLUMNS + " from knowledge_articles where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit).query(ARTICLE).list();
    }

    /** The newest articles of these spaces first, below {@code beforeId} (a page's cursor, or null). */
    List<Article> listIn(Collection<Long> spaceIds, Long beforeId, int limit) {
        if (spaceIds.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + """
                         from knowledge_articles where space_id = any(:spaces) and (cast(:before as bigint) is null or id < :before)
                        order by id desc limit :limit""")
                .param("spaces", spaceIds.toArray(Long[]::new)).param("before", beforeId).param("limit", limit)
                .query(ARTICLE).list();
    }

    long count() {
        return db.sql("select count(*) from knowledge_articles").query(Long.class).single();
    }

    long countIn(Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) return 0;
        return db.sql("select count(*) from knowledge_articles where space_id = any(:spaces)")
                .param("spaces", spaceIds.toArray(Long[]::new)).query(Long.class).single();
    }

    /** Articles of these spaces in id order from an offset: the sitemap's pages of public articles. */
    List<Article> listIn(Collection<Long> spaceIds, long offset, int limit) {
        if (spaceIds.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + " from knowledge_articles where space_id = any(:spaces) order by id offset :offset limit :limit")
                .param("spaces", spaceIds.toArray(Long[]::new)).param("offset", offset).param("limit", limit)
                .query(ARTICLE).list();
    }

    long insert(long spaceId, long authorId, String title, String body, String html, List<String> tags) {
        return db.sql("""
                        insert into knowledge_articles (space_id, author_id, title, body, body_html, tags)
                        values (:space, :author, :title, :body, :html, :tags) returning id""")
                .param("space", spaceId).param("author", authorId).param("title", title).param("body", body)
                .param("html", html).param("tags", tags.toArray(String[]::new)).query(Long.class).single();
    }

    /** The next revision's number, taken under the article's row lock so that two edits never share one. */
    int update(long id, long spaceId, String title, String body, String html, List<String> tags, long editorId) {
        return db.sql("""
                        update knowledge_articles
                           set space_id = :space, title = :title, body = :body, body_html = :html, tags = :tags,
                               revision = revision + 1, edited_by = :editor, edited_at = now()
                         where id = :id returning revision""")
                .param("id", id).param("space", spaceId).param("title", title).param("body", body).param("html", html)
                .param("tags", tags.toArray(String[]::new)).param("editor", editorId).query(Integer.class).single();
    }

    void addRevision(long articleId, int revision, long editorId, String title, String body, List<String> tags) {
        db.sql("""
                        insert into knowledge_article_revisions (article_id, revision, editor_id, title, body, tags)
                        values (:article, :revision, :editor, :title, :body, :tags)""")
                .param("article", articleId).param("revision", revision).param("editor", editorId).param("title", title)
                .param("body", body).param("tags", tags.toArray(String[]::new)).update();
    }

    record StoredRevision(int revision, long editorId, String title, String body, List<String> tags, Instant createdAt) {
    }

    List<StoredRevision> listRevisions(long articleId) {
        return db.sql("""
                        select revision, editor_id, title, body, tags, created_at from knowledge_article_revisions
                         where article_id = :article order by revision desc""")
                .param("article", articleId)
                .query((rs, n) -> new StoredRevision(rs.getInt("revision"), rs.getLong("editor_id"), rs.getString("title"),
                        rs.getString("body"), tags(rs), instant(rs, "created_at"))).list();
    }

    void link(long articleId, Collection<Long> questionIds) {
        for (var questionId : questionIds) {
            db.sql("insert into knowledge_article_threads (article_id, question_id) values (:article, :question) on conflict do nothing")
                    .param("article", articleId).param("question", questionId).update();
        }
    }

    List<Long> listThreads(long articleId) {
        return db.sql("select question_id from knowledge_article_threads where article_id = :article order by question_id")
                .param("article", articleId).query(Long.class).list();
    }

    /** The articles written from this question, the newest first. */
    List<Article> listDocumenting(long questionId) {
        return db.sql("select " + COLUMNS.replaceAll("(\\w+)", "a.$1") + """
                         from knowledge_articles a join knowledge_article_threads t on t.article_id = a.id
                        where t.question_id = :question order by a.id desc""")
                .param("question", questionId).query(ARTICLE).list();
    }

    /** Of these questions, those some article documents. */
    List<Long> listDocumented(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return List.of();
        return db.sql("select distinct question_id from knowledge_article_threads where question_id = any(:ids)")
                .param("ids", questionIds.toArray(Long[]::new)).query(Long.class).list();
    }

    static List<String> tags(ResultSet rs) throws SQLException {
        var array = rs.getArray("tags");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
