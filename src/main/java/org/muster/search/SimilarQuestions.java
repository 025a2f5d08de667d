package org.muster.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.muster.knowledge.ArticleDocuments;
import org.muster.knowledge.ClosestQuestions;
import org.muster.platform.Actor;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.PayloadTooLarge;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.RelatedQuestions;
import org.muster.qa.SimilarQuestion;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Questions like one being asked (the panel beside the ask form) or like a posted one (related
 * questions, duplicate suggestions), ranked by {@link SimilarRanking} among what the reader may see.
 */
@Service
class SimilarQuestions implements RelatedQuestions, ClosestQuestions {

    static final int MAX_LIMIT = 20;
    static final int MAX_TITLE = 300;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** Candidates drawn from each source before ranking. */
    private static final int DEPTH = 40;
    /** Related questions under a question need to be about the same thing, not merely nearby. */
    private static final double RELATED_MIN_COSINE = 0.5;
    private static final int RELATED_SPARE = 3;

    private final SearchIndex index;
    private final Embedder embedder;
    private final SpaceService spaces;
    private final QuestionDocuments questions;
    private final RelatedCache cache;
    private final ArticleDocuments articles;

    SimilarQuestions(SearchIndex index, Embedder embedder, SpaceService spaces, QuestionDocuments questions,
                     RelatedCache cache, ArticleDocuments articles) {
        this.articles = articles;
        this.index = index;
        this.embedder = embedder;
        this.spaces = spaces;
        this.questions = questions;
        this.cache = cache;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SimilarQuestion> similar(Actor actor, String title, String body, int limit) {
        checkLimit(limit);
        var t = asked(title);
        var b = asked(body);
        checkAsked(t, b);
        if (InputText.isBlank(t) && InputText.isBlank(b)) return List.of();
        var visible = visible(actor);
        var vector = embedder.embedQuery(t, b);
        return index.search(searcher -> {
            // Suggestions while asking include articles: one may answer the question before it is asked.
            var filter = SearchFilters.visibleIn(searcher.getIndexReader(), visible.keySet());
            return shown(searcher, SimilarRanking.rank(searcher, t, b, vector, filter, DEPTH), visible, limit);
        });
    }

    /** The panel's ranking with each question's plain cosine, for instant answers: the same checks and candidates. */
    @Override
    @Transactional(readOnly = true)
    public List<CloseQuestion> closest(Actor actor, String title, String body, int limit) {
        checkLimit(limit);
        var t = asked(title);
        var b = asked(body);
        checkAsked(t, b);
        if (InputText.isBlank(t) && InputText.isBlank(b)) return List.of();
        var visible = visible(actor);
        var vector = embedder.embedQuery(t, b);
        return index.search(searcher -> {
            // Questions only: an article's id is no question's, and an instant answer is a solved question.
            var filter = SearchFilters.questionsIn(searcher.getIndexReader(), visible.keySet());
            var ranked = SimilarRanking.rank(searcher, t, b, vector, filter, DEPTH).stream().limit(limit).toList();
            var found = ranked.stream().map(hit -> StoredQuestion.read(searcher, hit.doc())).toList();
            var live = StoredQuestion.confirmedSpaces(questions, found.stream().map(StoredQuestion::id).toList(), visible);
            var closest = new ArrayList<CloseQuestion>();
            for (int i = 0; i < found.size(); i++) {
                if (live.containsKey(found.get(i).id())) closest.add(new CloseQuestion(found.get(i).id(), ranked.get(i).cosine()));
            }
            return closest;
        });
    }

    private static String asked(String text) {
        return text == null ? "" : text.strip();
    }

    private static void checkAsked(String title, String body) {
        if (InputText.visibleLength(title) > MAX_TITLE) throw new Invalid("title", "search.similar.title-too-long", MAX_TITLE);
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) throw new PayloadTooLarge("post.body.too-large");
    }

    @Override
    @Transactional(readOnly = true)
    public List<SimilarQuestion> related(Actor actor, long questionId, int limit) {
        checkLimit(limit);
        var visible = visible(actor);
        if (StoredQuestion.confirmedSpaces(questions, List.of(questionId), visible).isEmpty()) return List.of();
        // Readers who see the same spaces share the ranking; a few spare ids cover questions deleted since.
        var key = questionId + "/" + limit + "/" + visible.keySet().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        return index.search(searcher -> {
            var ids = cache.get(key, () -> rankRelated(searcher, questionId, visible, limit + RELATED_SPARE));
            var found = ids.stream().map(id -> stored(searcher, id)).filter(java.util.Objects::nonNull).toList();
            return confirmed(found, visible).stream().limit(limit).toList();
        });
    }

    private List<Long> rankRelated(IndexSearcher searcher, long questionId, Map<Long, Space> visible, int count) {
        try {
            var filter = new BooleanQuery.Builder()
                    .add(SearchFilters.questionsIn(searcher.getIndexReader(), visible.keySet()), Occur.FILTER)
                    .add(new TermQuery(IndexedQuestion.key(questionId)), Occur.MUST_NOT).build();
            var self = searcher.search(new TermQuery(IndexedQuestion.key(questionId)), 1).scoreDocs;
            if (self.length == 0) return List.of();
            var question = StoredQuestion.read(searcher, self[0].doc);
            var vector = CandidateValues.of(searcher, new int[]{self[0].doc}).get(self[0].doc).vector();
            return SimilarRanking.rank(searcher, question.title(), question.body(), vector, filter, DEPTH).stream()
                    .filter(hit -> hit.cosine() >= RELATED_MIN_COSINE).limit(count)
                    .map(hit -> StoredQuestion.read(searcher, hit.doc()).id()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question as the index holds it now, or null when it has left the index. */
    private static StoredQuestion stored(IndexSearcher searcher, long id) {
        try {
            var hits = searcher.search(new TermQuery(IndexedQuestion.key(id)), 1).scoreDocs;
            return hits.length == 0 ? null : StoredQuestion.read(searcher, hits[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best of the ranked questions and articles that PostgreSQL confirms as visible, in rank order. */
    private List<SimilarQuestion> shown(IndexSearcher searcher, List<Ranker.Ranked> ranked, Map<Long, Space> visible, int limit) {
        var docs = ranked.stream().limit(limit).mapToInt(Ranker.Ranked::doc).toArray();
        var found = java.util.Arrays.stream(docs).mapToObj(doc -> StoredArticle.read(searcher, doc)).toList();
        var questionDocs = new ArrayList<StoredQuestion>();
        for (int i = 0; i < docs.length; i++) if (found.get(i) == null) questionDocs.add(StoredQuestion.read(searcher, docs[i]));
        var confirmedQuestions = confirmed(questionDocs, visible).stream()
                .collect(Collectors.toMap(SimilarQuestion::id, Function.identity()));
        var articleSpaces = articles.spaces(found.stream().filter(java.util.Objects::nonNull).map(StoredArticle::id).toList());
        var shown = new ArrayList<SimilarQuestion>();
        int question = 0;
        for (var article : found) {
            if (article == null) {
                var confirmed = confirmedQuestions.get(questionDocs.get(question++).id());
                if (confirmed != null) shown.add(confirmed);
                continue;
            }
            var spaceId = articleSpaces.get(article.id());
            var space = spaceId == null ? null : visible.get(spaceId);
            if (space != null) shown.add(new SimilarQuestion(article.id(), article.title(),
                    org.muster.platform.Slugs.of(article.title()), false, 0, 0, space.name(), true));
        }
        return shown;
    }

    /** Those PostgreSQL confirms as live in a space the reader may see, in the same order. */
    private List<SimilarQuestion> confirmed(List<StoredQuestion> found, Map<Long, Space> visible) {
        var spaces = StoredQuestion.confirmedSpaces(questions, found.stream().map(StoredQuestion::id).toList(), visible);
        return found.stream().filter(q -> spaces.containsKey(q.id()))
                .map(q -> new SimilarQuestion(q.id(), q.title(), q.slug(), q.solved(), q.answerCount(), q.score(),
                        spaces.get(q.id()).name(), false))
                .toList();
    }

    private Map<Long, Space> visible(Actor actor) {
        return spaces.listVisible(actor).stream().collect(Collectors.toMap(Space::id, Function.identity()));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new Invalid("limit", "search.limit.range", MAX_LIMIT);
    }

}
