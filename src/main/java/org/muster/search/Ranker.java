package org.muster.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The one ranking of questions against a text, used by search, the similar-questions panel, related
 * questions and the quality evaluation. Candidates come from BM25 and from the vector graph; each is
 * scored by its {@link LearnedSimilarity} to the text plus a share of its BM25 score relative to the
 * best candidate's, times the question's quality. The BM25 share was chosen on SemEval-2016 task 3
 * training data (see bench/README.md).
 */
final class Ranker {

    static final double BM25_WEIGHT = 0.1;

    /** One ranked question: its Lucene document, final score, and plain cosine to the text. */
    record Ranked(int doc, double score, double cosine) {
    }

    private Ranker() {
    }

    /**
     * Ranks the questions matching {@code filter} against a text: up to {@code depth} from each source.
     * Candidates found only by meaning need a plain cosine of {@code minCosine}; a null text query or
     * vector skips that source.
     */
    static List<Ranked> rank(IndexSearcher searcher, Query textQuery, float[] vector, Query filter, int depth,
                             double minCosine) {
        try {
            var bm25 = new LinkedHashMap<Integer, Float>();
            if (textQuery != null) {
                var query = restricted(textQuery, filter);
                for (var hit : searcher.search(query, depth).scoreDocs) bm25.put(hit.doc, hit.score);
            }
            var candidates = new LinkedHashSet<>(bm25.keySet());
            float[] weighted = null;
            if (vector != null) {
                weighted = LearnedSimilarity.weigh(vector);
                // Without a filter the graph is searched as it is; with one, a bit set of the accepted
                // documents is built first, which costs more than the search when nothing is excluded.
                var knn = new KnnFloatVectorQuery(IndexedQuestion.VECTOR, Embedder.unit(weighted), depth,
                        filter instanceof MatchAllDocsQuery ? null : filter);
                for (var hit : searcher.search(knn, depth).scoreDocs) candidates.add(hit.doc);
            }
            double best = bm25.values().stream().mapToDouble(Float::doubleValue).max().orElse(1.0);
            var values = CandidateValues.of(searcher, candidates.stream().mapToInt(Integer::intValue).toArray());
            var ranked = new ArrayList<Ranked>();
            for (int doc : candidates) {
                var stored = values.get(doc);
                double cosine = 0, similarity = 0;
                if (vector != null) {
                    if (stored.vector() != null) {
                        cosine = dot(vector, stored.vector());
                        similarity = dot(weighted, stored.vector());
                    }
                    if (!bm25.containsKey(doc) && cosine < minCosine) continue;
                }
                double text = bm25.getOrDefault(doc, 0f) / best;
                ranked.add(new Ranked(doc, (similarity + BM25_WEIGHT * text) * stored.quality(), cosine));
            }
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query limited to what the filter lets through. */
    static Query restricted(Query query, Query filter) {
        if (filter instanceof MatchAllDocsQuery) return query;
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
