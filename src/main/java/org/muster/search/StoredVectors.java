package org.muster.search;

import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;

/** Reads a question's vector back from the index. */
final class StoredVectors {

    private StoredVectors() {
    }

    static float[] of(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getFloatVectorValues(IndexedQuestion.VECTOR);
        if (values == null) return null;
        var iterator = values.iterator();
        if (iterator.advance(doc - leaf.docBase) != doc - leaf.docBase) return null;
        return values.vectorValue(iterator.index());
    }
}
