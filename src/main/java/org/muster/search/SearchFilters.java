package org.muster.search;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.Collection;
import java.util.Map;

/** The restrictions of a search as one Lucene filter: what the reader may see, then the operators. */
final class SearchFilters {

    private SearchFilters() {
    }

    /** Only questions in these spaces: the reader's visible ones. Nothing when there are none. */
    static Query visibleIn(Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) return new MatchNoDocsQuery("no visible space");
        return KeywordField.newSetQuery(IndexedQuestion.SPACE, spaceIds.stream().map(id -> new BytesRef(Long.toString(id))).toList());
    }

    static Query of(SearchQuery search, Collection<Long> visibleSpaceIds, Map<String, Long> spaceIdsBySlug) {
        var filter = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(visibleIn(visibleSpaceIds), Occur.FILTER);
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
        return filter.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
