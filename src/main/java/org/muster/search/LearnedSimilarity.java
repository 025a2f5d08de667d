package org.muster.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The similarity of two questions: MiniLM's cosine with a weight per dimension, learned from labelled
 * question pairs (SemEval-2016 task 3 training parts) by bench/semeval-train, so that the
 * dimensions that tell a duplicate from a merely related question count more. All weights 1 is the
 * plain cosine.
 */
final class LearnedSimilarity {

    static final String RESOURCE = "/search/similarity-weights.txt";
    private static final float[] WEIGHTS = load();

    private LearnedSimilarity() {
    }

    /** The query side of the weighted dot product; a stored vector dotted with it gives the similarity. */
    static float[] weigh(float[] query) {
        var weighted = new float[query.length];
        for (int i = 0; i < query.length; i++) weighted[i] = query[i] * WEIGHTS[i];
        return weighted;
    }

    private static float[] load() {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LearnedSimilarity.class.getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
            var weights = in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
            if (weights.size() != Embedder.DIMENSIONS) throw new IllegalStateException(RESOURCE + " must hold " + Embedder.DIMENSIONS + " weights");
            var loaded = new float[weights.size()];
            for (int i = 0; i < loaded.length; i++) loaded[i] = Float.parseFloat(weights.get(i));
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
