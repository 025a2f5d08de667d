package org.muster.search;

import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;

/** Reads a question's quality multiplier (see {@link IndexedQuestion#quality}) from the index. */
final class Quality {

    private Quality() {
    }

    static double of(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getNumericDocValues(IndexedQuestion.QUALITY);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) return 1.0;
        return Float.intBitsToFloat((int) values.longValue());
    }
}
