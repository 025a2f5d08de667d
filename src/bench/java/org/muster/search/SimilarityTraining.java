package org.muster.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Learns {@link LearnedSimilarity}'s weights from labelled pairs in SemEval-2016 task 3 format: for
 * every original question, each relevant candidate should score above each irrelevant one (a pairwise
 * logistic loss on the weighted dot product, by plain gradient descent from all weights 1, in file
 * order, so the result is the same on every run). Run by {@code bench/semeval-train}; prints the
 * weights file. The number of passes was chosen by training on one training part and measuring on
 * the other; the dev split is never read.
 */
public final class SimilarityTraining {

    static final int PASSES = 40;
    private static final double LEARNING_RATE = 0.05;
    private static final double SHARPNESS = 10;

    /** One original question's candidates: the elementwise products with its vector, and their labels. */
    record Group(List<float[]> products, List<Boolean> relevant) {
    }

    private SimilarityTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: semeval-train <questions.xml> <gold> [<questions.xml> <gold> …]");
            System.exit(2);
        }
        var embedder = new Embedder();
        var groups = new ArrayList<Group>();
        for (int i = 0; i < args.length; i += 2) groups.addAll(groups(SemEvalData.read(Path.of(args[i]), Path.of(args[i + 1])), embedder));
        var weights = train(groups, PASSES);
        var out = new StringBuilder("# Weights of LearnedSimilarity, one per MiniLM dimension: written by bench/semeval-train\n");
        for (var w : weights) out.append(String.format(Locale.ROOT, "%.6f%n", w));
        System.out.print(out);
    }

    static List<Group> groups(SemEvalData data, Embedder embedder) {
        var originals = data.originals().keySet().stream().toList();
        var related = data.related().keySet().stream().toList();
        var vectors = new java.util.HashMap<String, float[]>();
        var texts = new ArrayList<String>();
        originals.forEach(id -> texts.add(data.originals().get(id).input()));
        related.forEach(id -> texts.add(data.related().get(id).input()));
        var embedded = embedder.embedAll(texts);
        for (int i = 0; i < originals.size(); i++) vectors.put("o" + originals.get(i), embedded.get(i));
        for (int i = 0; i < related.size(); i++) vectors.put("r" + related.get(i), embedded.get(originals.size() + i));
        var groups = new ArrayList<Group>();
        data.candidates().forEach((original, candidates) -> {
            var query = vectors.get("o" + original);
            var products = new ArrayList<float[]>();
            var labels = new ArrayList<Boolean>();
            for (var candidate : candidates) {
                var vector = vectors.get("r" + candidate);
                var product = new float[query.length];
                for (int d = 0; d < query.length; d++) product[d] = query[d] * vector[d];
                products.add(product);
                labels.add(data.relevant(original, candidate));
            }
            groups.add(new Group(products, labels));
        });
        return groups;
    }

    static double[] train(List<Group> groups, int passes) {
        var weights = new double[Embedder.DIMENSIONS];
        Arrays.fill(weights, 1.0);
        for (int pass = 0; pass < passes; pass++) {
            for (var group : groups) {
                for (int i = 0; i < group.products().size(); i++) {
                    if (!group.relevant().get(i)) continue;
                    for (int j = 0; j < group.products().size(); j++) {
                        if (group.relevant().get(j)) continue;
                        step(weights, group.products().get(i), group.products().get(j));
                    }
                }
            }
        }
        return weights;
    }

    private static void step(double[] weights, float[] better, float[] worse) {
        double margin = 0;
        for (int d = 0; d < weights.length; d++) margin += weights[d] * (better[d] - worse[d]);
        double gradient = LEARNING_RATE * SHARPNESS / (1 + Math.exp(SHARPNESS * margin));
        for (int d = 0; d < weights.length; d++) weights[d] += gradient * (better[d] - worse[d]);
    }
}
