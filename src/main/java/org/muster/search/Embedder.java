package org.muster.search;

import dev.langchain4j.data.segment.TextSegment;
import org.muster.platform.InputText;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns a question's words into a unit vector with all-MiniLM-L6-v2, in-process. The model reads at
 * most 256 word pieces, so longer text is cut first: what it would ignore costs time and changes nothing.
 * Text with nothing visible in it has no meaning to embed (the model refuses it): its vector is null.
 */
@Component
class Embedder {

    static final int DIMENSIONS = 384;
    static final String MODEL = "all-MiniLM-L6-v2-q";
    private static final int MAX_CHARS = 1500;
    private static final int RECENT_QUERIES = 4096;

    private volatile MiniLm model;

    float[] embed(String title, String text) {
        var input = input(title, text);
        if (InputText.isBlank(input)) return null;
        return unit(model().embed(input).content().vector());
    }

    /**
     * A search's words as a vector. Searches repeat (the same few words, the same title while its body
     * is typed), so recent ones are kept; the model is the costliest step of a search.
     */
    float[] embedQuery(String title, String text) {
        var input = input(title, text);
        if (InputText.isBlank(input)) return null;
        synchronized (recentQueries) {
            var known = recentQueries.get(input);
            if (known != null) return known;
        }
        var vector = unit(model().embed(input).content().vector());
        synchronized (recentQueries) {
            recentQueries.put(input, vector);
        }
        return vector;
    }

    private final java.util.Map<String, float[]> recentQueries = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
            return size() > RECENT_QUERIES;
        }
    };

    /** Several at once, spread over the machine's cores; null for those with nothing visible. */
    List<float[]> embedAll(List<String> inputs) {
        var segments = inputs.stream().filter(input -> !InputText.isBlank(input)).map(TextSegment::from).toList();
        var computed = (segments.isEmpty() ? List.<float[]>of()
                : model().embedAll(segments).content().stream().map(e -> unit(e.vector())).toList()).iterator();
        var vectors = new java.util.ArrayList<float[]>(inputs.size());
        for (var input : inputs) vectors.add(InputText.isBlank(input) ? null : computed.next());
        return vectors;
    }

    static String input(String title, String text) {
        var joined = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        return joined.length() > MAX_CHARS ? joined.substring(0, MAX_CHARS) : joined;
    }

    private MiniLm model() {
        var loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) model = new MiniLm();
                loaded = model;
            }
        }
        return loaded;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (var v : vector) norm += v * v;
        norm = Math.sqrt(norm);
        if (norm == 0) return vector;
        var unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) unit[i] = (float) (vector[i] / norm);
        return unit;
    }
}
