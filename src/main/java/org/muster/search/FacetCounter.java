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

/** Counts, over every match of a query, the values of keyword fields: spaces, tags, solved. */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    /** Per field, per value, how many matches carry it; and how many matches there are. */
    record Counts(Map<String, Map<String, Integer>> byField, int total) {
        Map<String, Integer> of(String field) {
            return byField.getOrDefault(field, Map.of());
        }
    }

    private final List<String> fields;

    FacetCounter(List<String> fields) {
        this.fields = fields;
    }

    @Override
    public Counting newCollector() {
        return new Counting(fields);
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
        private final List<String> fields;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private int total;

        Counting(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var values = new SortedSetDocValues[fields.size()];
            var ordinals = new int[fields.size()][];
            for (int f = 0; f < fields.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
                ordinals[f] = new int[(int) values[f].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (!values[f].advanceExact(doc)) continue;
                        for (int i = 0; i < values[f].docValueCount(); i++) ordinals[f][(int) values[f].nextOrd()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        var byValue = counts.computeIfAbsent(fields.get(f), k -> new HashMap<>());
                        for (int ord = 0; ord < ordinals[f].length; ord++) {
                            if (ordinals[f][ord] > 0) byValue.merge(values[f].lookupOrd(ord).utf8ToString(), ordinals[f][ord], Integer::sum);
                        }
                    }
                }
            };
        }
    }
}
