package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A question page's own data in one statement: the question, its answers and their comments with what the
 * reader did there (votes, "this helped me", bookmarks, watch, unposted answer and comments, last visit), and
 * the questions closed as its duplicates. One row per post; what only the question has is on its row.
 */
@Repository
class ThreadRepository {

    /** Stands for a visitor: no member has it, so the reader's columns come back empty. */
    private static final long NOBODY = -1;

    /** The columns of a question summary as JSON, from a row of posts named s. */
    private static final String SUMMARY = """
            'id', s.id, 'spaceId', s.space_id, 'title', s.title, 'score', s.score, 'answerCount', s.answer_count,
            'viewCount', s.view_count, 'solved', s.solved, 'status', s.status, 'pinnedAt', s.pinned_at,
            'authorId', s.author_id, 'sourceAuthor', s.source_author, 'createdAt', s.created_at,
            'lastActivityAt', s.last_activity_at, 'tags', coalesce((select json_agg(t.name order by t.name)
                from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = s.id), '[]'::json)""";

    private final JdbcClient db;
    private final QuestionRepository questions;
    private final JsonMapper json;

    ThreadRepository(JdbcClient db, QuestionRepository questions, JsonMapper json) {
        this.db = db;
        this.questions = questions;
        this.json = json;
    }

    /** Everything as stored, deleted and held posts and comments too: the service decides what the reader sees. */
    record Rows(Question question, List<Answer> answers, Map<Long, List<Comment>> comments, Map<Long, Integer> votes,
                Set<Long> helped, Set<Long> bookmarked, boolean watching, SavedDraft answerDraft,
                Map<Long, SavedDraft> commentDrafts, Instant lastVisit, QuestionSummary duplicateOf,
                List<QuestionSummary> duplicates) {
    }

    Optional<Rows> find(long questionId, Long readerId) {
        var rows = db.sql("""
                        select p.kind, p.id, p.question_id, p.space_id, p.author_id, p.title, p.body, p.body_html,
                               p.fields::text as fields, p.score, p.answer_count, p.comment_count, p.view_count,
                               p.helped_count, p.accepted_answer_id, p.solved, p.status, p.close_reason, p.duplicate_of,
                               p.closed_by, p.closed_at, p.locked_at, p.pinned_at, p.validated_by, p.validated_at,
                               p.edited_by, p.edited_at, p.deleted_at, p.created_at, p.last_activity_at, p.source_author,
                               p.source_license, p.held, p.escalated_at,
                               case when p.source is not null then 'https://' || p.source
                                    || case when p.kind = 'question' then '/q/' else '/a/' end || p.source_id end as source_url,
                               case when p.kind = 'question' then coalesce((select array_agg(t.name order by t.name)
                                    from post_tags pt join tags t on t.id = pt.tag_id where pt.post_id = p.id), '{}') end as tag_names,
                               (select json_agg(json_build_object('id', c.id, 'authorId', c.author_id, 'body', c.body,
                                       'createdAt', c.created_at, 'deletedAt', c.deleted_at, 'sourceAuthor', c.source_author,
                                       'hold', c.held) order by c.created_at, c.id)::text
                                from comments c where c.post_id = p.id) as comments,
                               (select v.value from votes v where v.member_id = :reader and v.post_id = p.id) as my_vote,
                               exists (select 1 from helped_marks h where h.member_id = :reader and h.post_id = p.id) as helped,
                               exists (select 1 from bookmarks b where b.member_id = :reader and b.post_id = p.id) as bookmarked,
                               cd.place as comment_draft_place, cd.title as comment_draft_title, cd.body as comment_draft_body,
                               cd.tags as comment_draft_tags, cd.updated_at as comment_draft_updated_at,
                               ad.place as answer_draft_place, ad.title as answer_draft_title, ad.body as answer_draft_body,
                               ad.tags as answer_draft_tags, ad.updated_at as answer_draft_updated_at,
                               p.kind = 'question' and exists (select 1 from watches w
                                    where w.question_id = p.id and w.member_id = :reader) as watching,
                               case when p.kind = 'question' then (select qv.visited_at from question_visits qv
                                    where qv.member_id = :reader and qv.question_id = p.id) end as last_visit,
                               case when p.duplicate_of is not null then (select json_build_object(""" + SUMMARY + """
                                    )::text from posts s where s.id = p.duplicate_of and s.kind = 'question' and s.deleted_at is null) end as duplicate_of_summary,
                               case when p.kind = 'question' then (select json_agg(json_build_object(""" + SUMMARY + """
                                    ) order by s.id)::text from (select * from posts d where d.duplicate_of = p.id
                                    and d.deleted_at is null order by d.id limit 20) s) end as duplicates
                        from posts p
                        left join drafts cd on cd.member_id = :reader and cd.place = 'comment:' || p.id
                        left join drafts ad on p.kind = 'question' and ad.member_id = :reader and ad.place = 'answer:' || p.id
                        where (p.id = :id and p.kind = 'question') or p.question_id = :id
                        order by p.kind = 'question' desc, p.validated_at is not null desc,
                                 p.id = (select q.accepted_answer_id from posts q where q.id = :id) desc, p.score desc, p.id""")
                .param("id", questionId).param("reader", readerId == null ? NOBODY : readerId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    var comments = rs.getString("comments");
                    var vote = rs.getObject("my_vote");
                    var post = new PostRow(id, null, null,
                            comments == null ? List.of() : json.readTree(comments).valueStream().map(c -> comment(id, c)).toList(),
                            vote == null ? null : ((Number) vote).intValue(), rs.getBoolean("helped"), rs.getBoolean("bookmarked"),
                            draft(rs, "comment_draft_"));
                    if (!"question".equals(rs.getString("kind"))) return post.with(AnswerRepository.ANSWER.mapRow(rs, row));
                    var original = rs.getString("duplicate_of_summary");
                    var duplicates = rs.getString("duplicates");
                    return post.with(new Top(questions.question(rs, List.of((String[]) rs.getArray("tag_names").getArray())),
                            rs.getBoolean("watching"), draft(rs, "answer_draft_"), QuestionRepository.instant(rs, "last_visit"),
                            original == null ? null : summary(json.readTree(original)),
                            duplicates == null ? List.of() : json.readTree(duplicates).valueStream().map(this::summary).toList()));
                }).list();
        if (rows.isEmpty() || rows.getFirst().top() == null) return Optional.empty();
        var top = rows.getFirst().top();
        var comments = new LinkedHashMap<Long, List<Comment>>();
        var votes = new HashMap<Long, Integer>();
        var helped = new HashSet<Long>();
        var bookmarked = new HashSet<Long>();
        var commentDrafts = new HashMap<Long, SavedDraft>();
        for (var post : rows) {
            if (!post.comments().isEmpty()) comments.put(post.id(), post.comments());
            if (post.vote() != null) votes.put(post.id(), post.vote());
            if (post.helped()) helped.add(post.id());
            if (post.bookmarked()) bookmarked.add(post.id());
            if (post.commentDraft() != null) commentDrafts.put(post.id(), post.commentDraft());
        }
        return Optional.of(new Rows(top.question(), rows.stream().skip(1).map(PostRow::answer).toList(), comments, votes,
                helped, bookmarked, top.watching(), top.answerDraft(), commentDrafts, top.lastVisit(), top.duplicateOf(),
                top.duplicates()));
    }

    /** What only the question's row carries. */
    private record Top(Question question, boolean watching, SavedDraft answerDraft, Instant lastVisit,
                       QuestionSummary duplicateOf, List<QuestionSummary> duplicates) {
    }

    /** One post of the thread, the question (with its top) or an answer, and the reader's marks on it. */
    private record PostRow(long id, Top top, Answer answer, List<Comment> comments, Integer vote, boolean helped,
                           boolean bookmarked, SavedDraft commentDraft) {
        PostRow with(Top question) {
            return new PostRow(id, question, null, comments, vote, helped, bookmarked, commentDraft);
        }

        PostRow with(Answer answer) {
            return new PostRow(id, null, answer, comments, vote, helped, bookmarked, commentDraft);
        }
    }

    private QuestionSummary summary(JsonNode s) {
        return new QuestionSummary(s.get("id").asLong(), s.get("spaceId").asLong(), s.get("title").asString(),
                s.get("tags").valueStream().map(JsonNode::asString).toList(), s.get("score").asInt(),
                s.get("answerCount").asInt(), s.get("viewCount").asInt(), s.get("solved").asBoolean(),
                "closed".equals(s.get("status").asString()), !s.get("pinnedAt").isNull(), longOrNull(s, "authorId"),
                textOrNull(s, "sourceAuthor"), instant(s, "createdAt"), instant(s, "lastActivityAt"));
    }

    private static Comment comment(long postId, JsonNode c) {
        return new Comment(c.get("id").asLong(), postId, longOrNull(c, "authorId"), c.get("body").asString(),
                instant(c, "createdAt"), instant(c, "deletedAt"), textOrNull(c, "sourceAuthor"), textOrNull(c, "hold"));
    }

    private static SavedDraft draft(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        var place = rs.getString(prefix + "place");
        return place == null ? null : new SavedDraft(place, rs.getString(prefix + "title"), rs.getString(prefix + "body"),
                rs.getString(prefix + "tags"), QuestionRepository.instant(rs, prefix + "updated_at"));
    }

    private static Long longOrNull(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static String textOrNull(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant instant(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : OffsetDateTime.parse(value.asString()).toInstant();
    }
}
