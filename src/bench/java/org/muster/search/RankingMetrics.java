package org.muster.search;

import java.util.List;

/**
 * The ranking measures of question-retrieval evaluations, in percent: mean average precision, mean
 * reciprocal rank and precision at k. Each query is the relevance of its candidates in ranked order.
 */
record RankingMetrics(double map, double mrr, double p1, double p5, int queries) {

    static RankingMetrics of(List<List<Boolean>> rankedRelevance) {
        double ap = 0, rr = 0, p1 = 0, p5 = 0;
        for (var ranked : rankedRelevance) {
            ap += averagePrecision(ranked);
            rr += reciprocalRank(ranked);
            p1 += precisionAt(ranked, 1);
            p5 += precisionAt(ranked, 5);
        }
        int n = Math.max(1, rankedRelevance.size());
        return new RankingMetrics(100 * ap / n, 100 * rr / n, 100 * p1 / n, 100 * p5 / n, rankedRelevance.size());
    }

    /** The mean of precision at each relevant position; 0 when nothing is relevant. */
    static double averagePrecision(List<Boolean> ranked) {
        int relevant = 0;
        double sum = 0;
        for (int k = 0; k < ranked.size(); k++) {
            if (ranked.get(k)) {
                relevant++;
                sum += (double) relevant / (k + 1);
            }
        }
        return relevant == 0 ? 0 : sum / relevant;
    }

    static double reciprocalRank(List<Boolean> ranked) {
        int first = ranked.indexOf(true);
        return first < 0 ? 0 : 1.0 / (first + 1);
    }

    static double precisionAt(List<Boolean> ranked, int k) {
        return ranked.stream().limit(k).filter(r -> r).count() / (double) k;
    }

    /** The line the evaluation commands end with. */
    String summary() {
        return String.format(java.util.Locale.ROOT, "MAP=%.2f MRR=%.2f P@1=%.2f", map, mrr, p1);
    }
}
