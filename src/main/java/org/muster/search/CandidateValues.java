package org.muster.search;

import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored vector and quality multiplier (see {@link IndexedQuestion#quality}) of a set of
 * documents, read in document order with one pass per index segment.
 */
final class CandidateValues {

    record Values(float[] vector, double quality) {
    }

    private CandidateValues() {
    }

    static Map<Integer, Values> of(IndexSearcher searcher, int[] docs) throws IOException {
        var sorted = docs.clone();
        Arrays.sort(sorted);
        var values = new HashMap<Integer, Values>();
        var leaves = searcher.getIndexReader().leaves();
        int i = 0;
        for (var leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i >= sorted.length) break;
            if (sorted[i] >= end) continue;
            var vectors = leaf.reader().getFloatVectorValues(IndexedQuestion.VECTOR);
            var vectorDocs = vectors == null ? null : vectors.iterator();
            var qualities = leaf.reader().getNumericDocValues(IndexedQuestion.QUALITY);
            for (; i < sorted.length && sorted[i] < end; i++) {
                int doc = sorted[i] - leaf.docBase;
                float[] vector = null;
                if (vectorDocs != null && (vectorDocs.docID() == doc || (vectorDocs.docID() < doc && vectorDocs.advance(doc) == doc))) {
                    vector = vectors.vectorValue(vectorDocs.index()).clone(); // the reader reuses its array
                }
                double quality = qualities != null && qualities.advanceExact(doc) ? Float.intBitsToFloat((int) qualities.longValue()) : 1.0;
                values.put(sorted[i], new Values(vector, quality));
            }
        }
        return values;
    }
}
