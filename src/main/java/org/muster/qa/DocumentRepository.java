package org.muster.qa;

import org.muster.platform.Markdown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads questions with their answers' text in one query per batch, for the search index. */
@Repository
class DocumentRepository {

    /** Enough of the other answers' text to match on; a thread's tail adds little but size. */
    private static final int ANSWERS_TEXT_LIMIT = 20_000;

    private static final String SELECT = """
            select p.id, p.space_id, p.author_id, p.source_author, p.title, p.body_html, p.fields::text as fields,
                   p.score, p.answer_count, p.solved, p.status, p.created_at, p.deleted_at,
                   coalesce((select array_agg(t.name order by t.name) from post_tags pt
                             join tags t on t.id = pt.tag_id where pt.post_id = p.id), '{}') as tag_names,
                   (select string_agg(a.body_html, ' ' order by a.id) from posts a
                     where a.question_id = p.id and a.kind = 'answer' and a.deleted_at is null
                       and (a.id = p.accepted_answer_id or a.validated_at is not null)) as solution_html,
                   (select left(string_agg(a.body_html, ' ' order by a.score desc, a.id), :answersLimit) from posts a
                     where a.question_id = p.id and a.kind = 'answer' and a.deleted_at is null
                       and a.id is distinct from p.accepted_answer_id and a.validated_at is null) as answers_html,
                   exists (select 1 from posts a where a.question_id = p.id and a.kind = 'answer'
                            and a.deleted_at is null and a.validated_at is not null) as validated
            from posts p
            """;

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient db;
    private final JsonMapper json;

    DocumentRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    List<QuestionDocument> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql(SELECT + " where p.id in (:ids) and p.kind = 'question' order by p.id")
                .param("ids", ids).param("answersLimit", ANSWERS_TEXT_LIMIT)
                .query((rs, row) -> document(rs)).list();
    }

    List<QuestionDocument> batchAfter(long afterId, Long spaceId, int limit) {
        return db.sql(SELECT + """
                         where p.kind = 'question' and p.deleted_at is null and p.id > :after
                           and (cast(:space as bigint) is null or p.space_id = :space)
                         order by p.id limit :limit""")
                .param("after", afterId).param("space", spaceId).param("limit", limit)
                .param("answersLimit", ANSWERS_TEXT_LIMIT)
                .query((rs, row) -> document(rs)).list();
    }

    Map<Long, Long> liveSpaces(Collection<Long> ids) {
        var spaces = new java.util.HashMap<Long, Long>();
        if (ids.isEmpty()) return spaces;
        db.sql("select id, space_id from posts where id in (:ids) and kind = 'question' and deleted_at is null")
                .param("ids", ids)
                .query(rs -> {
                    spaces.put(rs.getLong("id"), rs.getLong("space_id"));
                });
        return spaces;
    }

    Map<Long, String> answerTexts(Collection<Long> ids) {
        var texts = new java.util.HashMap<Long, String>();
        if (ids.isEmpty()) return texts;
        db.sql("select id, body_html from posts where id in (:ids) and kind = 'answer'")
                .param("ids", ids)
                .query(rs -> {
                    texts.put(rs.getLong("id"), Markdown.plainText(rs.getString("body_html")));
                });
        return texts;
    }

    long count() {
        return db.sql("select count(*) from posts where kind = 'question' and deleted_at is null")
                .query(Long.class).single();
    }

    private QuestionDocument document(ResultSet rs) throws SQLException {
        return new QuestionDocument(rs.getLong("id"), rs.getLong("space_id"), rs.getObject("author_id", Long.class),
                rs.getString("source_author"), rs.getString("title"), Markdown.plainText(rs.getString("body_html")),
                json.readValue(rs.getString("fields"), FIELDS),
                List.of((String[]) rs.getArray("tag_names").getArray()),
                Markdown.plainText(rs.getString("solution_html")), Markdown.plainText(rs.getString("answers_html")),
                rs.getInt("score"), rs.getInt("answer_count"), rs.getBoolean("solved"), rs.getBoolean("validated"),
                "closed".equals(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("deleted_at") != null);
    }
}
