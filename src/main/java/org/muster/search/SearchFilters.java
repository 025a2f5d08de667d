package org.muster.search;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.Map;

/** The restrictions of a search as one Lucene filter: what the reader may see, then the operators. */
final class SearchFilters {

    private SearchFilters() {
    }

    /**
     * Only questions in these spaces: the reader's visible ones. When the index holds no question
     * outside them (a visitor of a community whose spaces are all public) there is nothing to
     * exclude, and a search without a filter is much cheaper.
     */
    static Query visibleIn(IndexReader reader, Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) return new MatchNoDocsQuery("no visible space");
        var visible = spaceIds.stream().map(id -> Long.toString(id)).collect(Collectors.toSet());
        try {
            var indexed = MultiTerms.getTerms(reader, IndexedQuestion.SPACE);
            boolean all = true;
            if (indexed != null) {
                var spaces = indexed.iterator();
                for (var space = spaces.next(); space != null && all; space = spaces.next()) {
                    all = visible.contains(space.utf8ToString());
                }
            }
            if (all) return new MatchAllDocsQuery();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return KeywordField.newSetQuery(IndexedQuestion.SPACE, visible.stream().map(BytesRef::new).toList());
    }

    /** Only questions in these spaces: what lists questions alone (related questions, suggestions) leaves articles out. */
    static Query questionsIn(IndexReader reader, Collection<Long> spaceIds) {
        var visible = visibleIn(reader, spaceIds);
        try {
            if (MultiTerms.getTerms(reader, IndexedArticle.ARTICLE) == null) return visible;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BooleanQuery.Builder().add(visible, Occur.FILTER).add(IndexedArticle.any(), Occur.MUST_NOT).build();
    }

    /** All of a search's restrictions; a {@link MatchAllDocsQuery} when nothing is restricted, which searches skip. */
    static Query of(SearchQuery search, IndexReader reader, Collection<Long> visibleSpaceIds, Map<String, Long> spaceIdsBySlug) {
        var visible = visibleIn(reader, visibleSpaceIds);
        var filter = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(visible, Occur.FILTER);
        for (var slug : search.spaces()) {
            var id = spaceIdsBySlug.get(slug);
            filter.add(id == null ? new MatchNoDocsQuery("unknown space") : term(IndexedQuestion.SPACE, Long.toString(id)), Occur.FILTER);
        }
        search.tags().forEach(tag -> filter.add(term(IndexedQuestion.TAG, tag), Occur.FILTER));
        search.authors().forEach(name -> filter.add(term(IndexedQuestion.AUTHOR, IndexedQuestion.authorKey(name)), Occur.FILTER));
        if (search.solved() != null) {
            filter.add(term(IndexedQuestion.SOLVED, search.solved() ? IndexedQuestion.YES : IndexedQuestion.NO), Occur.FILTER);
        }
        if (search.unanswered()) filter.add(term(IndexedQuestion.ANSWERED, IndexedQuestion.NO), Occur.FILTER);
        TextQueries.phrases(search).forEach(phrase -> filter.add(phrase, Occur.FILTER));
        TextQueries.exclusions(search).forEach(excluded -> filter.add(excluded, Occur.MUST_NOT));
        var built = filter.build();
        return built.clauses().size() == 2 && visible instanceof MatchAllDocsQuery ? visible : built;
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
