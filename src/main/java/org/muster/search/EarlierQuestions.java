package org.muster.search;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.muster.qa.QuestionDocuments;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Questions of the same space asked before a cut-off that are like a given one, by the ranking of
 * related questions: who answered them is who knows the subject. The cut-off lets an evaluation replay
 * history; no reader's checks, so callers show only counts, never the questions.
 */
@Service
@NamedInterface("api")
public class EarlierQuestions {

    private final SearchIndex index;
    private final Embedder embedder;
    private final QuestionDocuments questions;

    EarlierQuestions(SearchIndex index, Embedder embedder, QuestionDocuments questions) {
        this.index = index;
        this.embedder = embedder;
        this.questions = questions;
    }

    /** Up to {@code limit} ids, most similar first; empty for a question that is gone. */
    @Transactional(readOnly = true)
    public List<Long> like(long questionId, Instant before, int limit) {
        var found = questions.byIds(List.of(questionId));
        if (found.isEmpty() || found.getFirst().deleted()) return List.of();
        var question = found.getFirst();
        var vector = embedder.embedQuery(question.title(), question.text());
        var filter = new BooleanQuery.Builder()
                .add(new TermQuery(new org.apache.lucene.index.Term(IndexedQuestion.SPACE, Long.toString(question.spaceId()))), Occur.FILTER)
                .add(LongField.newRangeQuery(IndexedQuestion.CREATED, Long.MIN_VALUE, before.toEpochMilli() - 1), Occur.FILTER)
                .add(new TermQuery(IndexedQuestion.key(questionId)), Occur.MUST_NOT)
                .add(IndexedArticle.any(), Occur.MUST_NOT).build();
        return index.search(searcher -> SimilarRanking.rank(searcher, question.title(), question.text(), vector, filter, limit)
                .stream().limit(limit).map(hit -> StoredQuestion.read(searcher, hit.doc()).id()).toList());
    }
}
