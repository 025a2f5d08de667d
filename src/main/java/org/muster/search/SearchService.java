package org.muster.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.muster.knowledge.ArticleDocuments;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.platform.Secrets;
import org.muster.qa.QuestionDocuments;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Search over the questions a reader may see: BM25 and meaning fused by {@link Ranker}, facets over
 * every match, snippets, and a log entry for every first page so that gaps show.
 */
@Service
class SearchService {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 50;
    /** Below this cosine a question found only by meaning is not shown for a search. */
    static final double MIN_COSINE = 0.45;
    private static final int TAG_FACETS = 12;
    /** Candidates drawn from each source for the first pages. */
    private static final int MIN_DEPTH = 60;

    private final SearchIndex index;
    private final Embedder embedder;
    private final SpaceService spaces;
    private final QuestionDocuments questions;
    private final SearchLog log;
    private final SearchLogRepository logged;
    private final RecentRankings rankings;
    private final ArticleDocuments articles;

    SearchService(SearchIndex index, Embedder embedder, SpaceService spaces, QuestionDocuments questions,
                  SearchLog log, SearchLogRepository logged, RecentRankings rankings, ArticleDocuments articles) {
        this.articles = articles;
        this.index = index;
        this.embedder = embedder;
        this.spaces = spaces;
        this.questions = questions;
        this.log = log;
        this.logged = logged;
        this.rankings = rankings;
    }

    @Transactional(readOnly = true)
    public SearchResults search(Actor actor, String text, int page) {
        var query = SearchQuery.parse(text);
        if (page < 1 || page > MAX_PAGE) throw new Invalid("page", "search.page.range", MAX_PAGE);
        var visible = spaces.listVisible(actor);
        var byId = visible.stream().collect(Collectors.toMap(Space::id, Function.identity()));
        var slugs = visible.stream().collect(Collectors.toMap(s -> s.slug().toLowerCase(Locale.ROOT), Space::id));
        // The spaces (by id and slug, as space: names them) decide what a reader may find.
        var key = page + "\n" + visible.stream().map(s -> s.id() + ":" + s.slug()).sorted().collect(Collectors.joining(","))
                + "\n" + query.raw();
        var found = index.search(searcher -> {
            var ranking = rankings.get(searcher, key, () -> {
                var filter = SearchFilters.of(query, searcher.getIndexReader(), byId.keySet(), slugs);
                // Only a search that is ranked anew needs its vector.
                return query.hasText() ? ranked(searcher, query, embedder.embedQuery(query.freeText(), ""), filter, page, byId)
                        : recent(searcher, filter, page, byId);
            });
            return new Found(hits(searcher, query.hasText() ? TextQueries.marked(query) : null, ranking.pageDocs(), byId),
                    ranking.facets(), ranking.total());
        });
        var hits = found.hits();
        var facets = found.facets();
        var total = found.total();
        String searchKey = null;
        if (page == 1 && !query.raw().isEmpty()) {
            // A secret, not the log's id: only the reader who got these results can mark them opened,
            // so nobody else empties the gap report.
            searchKey = Secrets.generate("");
            var firstSpace = hits.isEmpty() ? null : slugs.get(hits.getFirst().spaceSlug().toLowerCase(Locale.ROOT));
            log.record(query.raw(), normalized(query.raw()), total, actor.memberId(), Secrets.hash(searchKey),
                    lookedIn(query, visible, slugs), firstSpace);
        }
        int pages = Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new SearchResults(query.raw(), hits, total, page, pages, facets, searchKey, !query.hasText());
    }

    /**
     * Records that a result of the search with this key was opened, and which question when known (its
     * space and whether it is solved, for insights); what no one opens is a gap too.
     */
    public void opened(String searchKey, Long questionId) {
        if (searchKey == null || searchKey.isBlank()) return;
        var question = questionId == null ? null : questions.byIds(List.of(questionId)).stream()
                .filter(q -> !q.deleted()).findFirst()
                .map(q -> new SearchLog.OpenedQuestion(q.spaceId(), q.solved())).orElse(null);
        log.opened(Secrets.hash(searchKey.strip()), question);
    }

    /** Not one transaction: this node's latest searches are written first, in their own, so that they count. */
    public List<SearchGap> gaps(Actor actor, int limit) {
        actor.require(Role.STAFF);
        if (limit < 1 || limit > 1000) throw new Invalid("limit", "search.limit.range", 1000);
        log.write();
        return logged.gaps(limit);
    }

    private record Found(List<SearchHit> hits, SearchResults.Facets facets, int total) {
    }

    private static RecentRankings.Ranking ranked(IndexSearcher searcher, SearchQuery query, float[] vector, Query filter, int page,
                                                 Map<Long, Space> visible) {
        var textQuery = TextQueries.forSearch(query, searcher.getIndexReader());
        int depth = Math.max(MIN_DEPTH, page * PAGE_SIZE);
        var ranked = Ranker.rank(searcher, textQuery, vector, filter, depth, MIN_COSINE);
        var byMeaning = ranked.stream().mapToInt(Ranker.Ranked::doc).toArray();
        var matches = textQuery == null ? new MatchNoDocsQuery() : Ranker.restricted(textQuery, filter);
        var counts = count(searcher, matches, byMeaning);
        var pageDocs = ranked.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).mapToInt(Ranker.Ranked::doc).toArray();
        return new RecentRankings.Ranking(pageDocs, facets(counts, visible), counts.total());
    }

    private static RecentRankings.Ranking recent(IndexSearcher searcher, Query filter, int page, Map<Long, Space> visible) {
        try {
            var sort = new Sort(new SortedNumericSortField(IndexedQuestion.CREATED, SortField.Type.LONG, true));
            var top = searcher.search(filter, page * PAGE_SIZE, sort);
            var docs = java.util.Arrays.stream(top.scoreDocs).skip((long) (page - 1) * PAGE_SIZE).mapToInt(d -> d.doc).toArray();
            var counts = count(searcher, filter, new int[0]);
            return new RecentRankings.Ranking(docs, facets(counts, visible), counts.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Facets over the matches of a query and the given documents (those found by meaning). */
    private static FacetCounter.Counts count(IndexSearcher searcher, Query query, int[] alsoDocs) {
        try {
            return searcher.search(query, new FacetCounter(alsoDocs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's questions and articles that the database confirms, with their snippets and spaces. */
    private List<SearchHit> hits(IndexSearcher searcher, Query marked, int[] docs, Map<Long, Space> visible) {
        var articleAt = java.util.Arrays.stream(docs).mapToObj(doc -> StoredArticle.read(searcher, doc)).toList();
        var stored = new ArrayList<StoredQuestion>();
        var titles = new String[docs.length];
        var bodies = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            var article = articleAt.get(i);
            var q = article == null ? StoredQuestion.read(searcher, docs[i]) : null;
            stored.add(q);
            titles[i] = article != null ? article.title() : q.title();
            bodies[i] = article != null ? article.body() : q.body();
        }
        var spaces = StoredQuestion.confirmedSpaces(questions, stored.stream().filter(java.util.Objects::nonNull)
                .map(StoredQuestion::id).toList(), visible);
        var articleSpaces = articles.spaces(articleAt.stream().filter(java.util.Objects::nonNull).map(StoredArticle::id).toList());
        var snippets = Snippets.of(searcher, marked, docs, titles, bodies);
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < docs.length; i++) {
            var a = articleAt.get(i);
            if (a != null) {
                var spaceId = articleSpaces.get(a.id());
                var space = spaceId == null ? null : visible.get(spaceId);
                if (space == null) continue;
                hits.add(new SearchHit(a.id(), org.muster.platform.Slugs.of(a.title()), snippets[i][0], snippets[i][1], a.tags(),
                        space.slug(), space.name(), false, 0, 0, a.modifiedAt(), true, a.path()));
                continue;
            }
            var q = stored.get(i);
            var space = spaces.get(q.id());
            if (space == null) continue;
            hits.add(new SearchHit(q.id(), q.slug(), snippets[i][0], snippets[i][1], q.tags(), space.slug(), space.name(),
                    q.solved(), q.answerCount(), q.score(), q.createdAt(), false, "/questions/" + q.id() + "/" + q.slug()));
        }
        return hits;
    }

    private static SearchResults.Facets facets(FacetCounter.Counts counts, Map<Long, Space> visible) {
        var spaceFacets = counts.of(IndexedQuestion.SPACE).entrySet().stream()
                .filter(e -> visible.containsKey(Long.parseLong(e.getKey())))
                .map(e -> {
                    var space = visible.get(Long.parseLong(e.getKey()));
                    return new SearchResults.FacetValue("space:" + space.slug(), space.name(), e.getValue());
                })
                .sorted(Comparator.comparingInt(SearchResults.FacetValue::count).reversed().thenComparing(SearchResults.FacetValue::label))
                .toList();
        var tagFacets = counts.of(IndexedQuestion.TAG).entrySet().stream()
                .map(e -> new SearchResults.FacetValue("tag:" + e.getKey(), e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SearchResults.FacetValue::count).reversed().thenComparing(SearchResults.FacetValue::label))
                .limit(TAG_FACETS).toList();
        var solved = counts.of(IndexedQuestion.SOLVED);
        return new SearchResults.Facets(spaceFacets, tagFacets, solved.getOrDefault(IndexedQuestion.YES, 0),
                solved.getOrDefault(IndexedQuestion.NO, 0));
    }

    /**
     * The spaces a search looked in: the reader's, narrowed by its space: operators; the reader's all the
     * same when these name none of them, so that a search is never counted as having looked nowhere.
     */
    private static List<Long> lookedIn(SearchQuery query, List<Space> visible, Map<String, Long> slugs) {
        var looked = visible.stream().map(Space::id).filter(id -> query.spaces().stream().allMatch(slug -> id.equals(slugs.get(slug))))
                .sorted().toList();
        return looked.isEmpty() ? visible.stream().map(Space::id).sorted().toList() : looked;
    }

    /** The same search however typed: case, spacing and operator order aside. */
    static String normalized(String query) {
        return java.util.Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).sorted()
                .collect(Collectors.joining(" "));
    }

}
