package org.muster.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts, over every match of a query plus some documents found otherwise (by meaning), the values of
 * the keyword fields spaces, tags and solved; a document is counted once however it was found.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    static final List<String> FIELDS = List.of(IndexedQuestion.SPACE, IndexedQuestion.TAG, IndexedQuestion.SOLVED);

    /** Per field, per value, how many matches carry it; and how many matches there are. */
    record Counts(Map<String, Map<String, Integer>> byField, int total) {
        Map<String, Integer> of(String field) {
            return byField.getOrDefault(field, Map.of());
        }
    }

    private final int[] extraDocs;

    /** @param extraDocs documents (index-wide numbers) to count whether or not the query matches them */
    FacetCounter(int[] extraDocs) {
        this.extraDocs = extraDocs;
    }

    @Override
    public Counting newCollector() {
        return new Counting(extraDocs);
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        var merged = new HashMap<String, Map<String, Integer>>();
        int total = 0;
        for (var collector : collectors) {
            total += collector.total;
            collector.counts.forEach((field, values) -> values.forEach((value, count) ->
                    merged.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Integer::sum)));
        }
        return new Counts(merged, total);
    }

    static final class Counting implements Collector {
        private final int[] extraDocs;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private int total;

        Counting(int[] extraDocs) {
            this.extraDocs = extraDocs;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var pending = new TreeSet<Integer>();
            for (int doc : extraDocs) {
                if (doc >= context.docBase && doc < context.docBase + context.reader().maxDoc()) pending.add(doc - context.docBase);
            }
            var leaf = new LeafCounts(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    pending.remove(doc);
                    leaf.count(doc);
                }

                @Override
                public void finish() throws IOException {
                    var rest = new LeafCounts(context);
                    for (int doc : pending) rest.count(doc);
                    leaf.addTo(Counting.this);
                    rest.addTo(Counting.this);
                }
            };
        }
    }

    /** Value counts of one segment by ordinal, turned into values once the segment is done. */
    private static final class LeafCounts {
        private final SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
        private final int[][] ordinals = new int[FIELDS.size()][];
        private int total;

        LeafCounts(LeafReaderContext context) throws IOException {
            for (int f = 0; f < FIELDS.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                ordinals[f] = new int[(int) values[f].getValueCount()];
            }
        }

        void count(int doc) throws IOException {
            total++;
            for (int f = 0; f < values.length; f++) {
                if (!values[f].advanceExact(doc)) continue;
                for (int i = 0; i < values[f].docValueCount(); i++) ordinals[f][(int) values[f].nextOrd()]++;
            }
        }

        void addTo(Counting collector) throws IOException {
            collector.total += total;
            for (int f = 0; f < values.length; f++) {
                var byValue = collector.counts.computeIfAbsent(FIELDS.get(f), k -> new HashMap<>());
                for (int ord = 0; ord < ordinals[f].length; ord++) {
                    if (ordinals[f][ord] > 0) byValue.merge(values[f].lookupOrd(ord).utf8ToString(), ordinals[f][ord], Integer::sum);
                }
            }
        }
    }
}
