package org.muster.search;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.muster.knowledge.NearDuplicates;
import org.muster.qa.QuestionDocuments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.OptionalLong;

/** Answers knowledge's {@link NearDuplicates}: the nearest earlier question of the same space by the vector graph. */
@Component
class NearDuplicateQuestions implements NearDuplicates {

    /** Enough neighbours to find the closest by plain cosine among those the ranking puts first. */
    private static final int DEPTH = 10;

    private final SearchIndex index;
    private final Embedder embedder;
    private final QuestionDocuments questions;

    NearDuplicateQuestions(SearchIndex index, Embedder embedder, QuestionDocuments questions) {
        this.index = index;
        this.embedder = embedder;
        this.questions = questions;
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong closestEarlier(long questionId, double minCosine) {
        var found = questions.byIds(List.of(questionId));
        if (found.isEmpty() || found.getFirst().deleted()) return OptionalLong.empty();
        var question = found.getFirst();
        var vector = embedder.embedQuery(question.title(), question.text());
        var filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexedQuestion.SPACE, Long.toString(question.spaceId()))), Occur.FILTER)
                .add(LongField.newRangeQuery(IndexedQuestion.CREATED, Long.MIN_VALUE, question.createdAt().toEpochMilli() - 1), Occur.FILTER)
                .add(new TermQuery(IndexedQuestion.key(questionId)), Occur.MUST_NOT)
                .add(IndexedArticle.any(), Occur.MUST_NOT).build();
        return index.search(searcher -> SimilarRanking.rank(searcher, question.title(), question.text(), vector, filter, DEPTH)
                .stream().filter(hit -> hit.cosine() >= minCosine)
                .max(java.util.Comparator.comparingDouble(Ranker.Ranked::cosine))
                .map(hit -> OptionalLong.of(StoredQuestion.read(searcher, hit.doc()).id())).orElse(OptionalLong.empty()));
    }
}
