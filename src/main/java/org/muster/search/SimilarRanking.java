package org.muster.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.util.List;

/**
 * How questions are ranked against one being asked: shared by the similar-questions panel, related
 * questions, duplicate suggestions and the SemEval evaluation, so that the figure measured is the
 * ranking members get.
 */
final class SimilarRanking {

    /** Below this cosine a question is about something else, whatever words it shares. */
    static final double MIN_COSINE = 0.3;

    private SimilarRanking() {
    }

    static List<Ranker.Ranked> rank(IndexSearcher searcher, String title, String body, float[] vector, Query filter, int depth) {
        return Ranker.rank(searcher, TextQueries.similarTo(title, body), vector, filter, depth, MIN_COSINE);
    }
}
