package org.muster.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How often an instant answer on the ask form would be right, on SemEval-2016 task 3 subtask B data:
 * each original question's candidates are ranked by {@link SimilarRanking}, as the ask form's are, and
 * the first whose plain cosine reaches the threshold is the one offered. Precision: offers whose
 * candidate carries one of the accepted labels; recall: originals with such a candidate that got a
 * right offer. Run by {@code bench/instant-answers <xml>...}, which prints a sweep of thresholds.
 */
public final class InstantAnswerEvaluation {

    private static final Pattern ORIGINAL = Pattern.compile("<OrgQuestion ORGQ_ID=\"([^\"]+)\">(.*?)</OrgQuestion>", Pattern.DOTALL);
    private static final Pattern RELATED = Pattern.compile(
            "<RelQuestion RELQ_ID=\"([^\"]+)\" RELQ_RANKING_ORDER=\"(\\d+)\"[^>]*RELQ_RELEVANCE2ORGQ=\"([^\"]+)\"");

    /** An original question's candidates, best first, with their SemEval labels (PerfectMatch, Relevant, Irrelevant). */
    record Ranked(List<SemEvalEvaluation.RankedCandidate> order, Map<String, String> labels) {
    }

    /** Offers made, right among them, and originals that had a right candidate to offer. */
    record Outcome(double threshold, int offered, int right, int answerable) {

        double precision() {
            return offered == 0 ? 1 : right / (double) offered;
        }

        double recall() {
            return answerable == 0 ? 0 : right / (double) answerable;
        }

        @Override
        public String toString() {
            return "threshold=%.2f offered=%d right=%d answerable=%d precision=%.3f recall=%.3f"
                    .formatted(threshold, offered, right, answerable, precision(), recall());
        }
    }

    private InstantAnswerEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: instant-answers <questions.xml>...");
            System.exit(2);
        }
        var ranked = new ArrayList<Ranked>();
        var embedder = new Embedder();
        for (var xml : args) ranked.addAll(rank(Path.of(xml), embedder));
        for (var labels : List.of(Set.of("PerfectMatch"), Set.of("PerfectMatch", "Relevant"))) {
            System.out.println("right: " + labels);
            for (int t = 40; t <= 95; t++) System.out.println(outcome(ranked, t / 100.0, labels));
        }
    }

    /** Ranks every original question of one SemEval file's candidates, as the ask form ranks questions. */
    static List<Ranked> rank(Path xml, Embedder embedder) throws Exception {
        var text = Files.readString(xml);
        var labels = new HashMap<String, Map<String, String>>();
        var gold = new StringBuilder();
        var originals = ORIGINAL.matcher(text);
        while (originals.find()) {
            var related = RELATED.matcher(originals.group(2));
            while (related.find()) {
                labels.computeIfAbsent(originals.group(1), k -> new HashMap<>()).put(related.group(1), related.group(3));
                gold.append(originals.group(1)).append('\t').append(related.group(1)).append('\t').append(related.group(2))
                        .append("\t0\t").append(!related.group(3).equals("Irrelevant")).append('\n');
            }
        }
        var goldFile = Files.createTempFile("semeval-gold", ".txt");
        try {
            Files.writeString(goldFile, gold);
            var data = SemEvalData.read(xml, goldFile);
            var ranked = new ArrayList<Ranked>();
            SemEvalEvaluation.rank(data, embedder).forEach((original, order) ->
                    ranked.add(new Ranked(order, labels.get(original))));
            return ranked;
        } finally {
            Files.delete(goldFile);
        }
    }

    /** What offering the first candidate at or above {@code threshold} would give, counting {@code right} labels as right. */
    static Outcome outcome(List<Ranked> ranked, double threshold, Set<String> right) {
        int offered = 0, hits = 0, answerable = 0;
        for (var question : ranked) {
            if (question.labels().values().stream().anyMatch(right::contains)) answerable++;
            var offer = question.order().stream().filter(c -> c.cosine() >= threshold).findFirst();
            if (offer.isEmpty()) continue;
            offered++;
            if (right.contains(question.labels().get(offer.get().id()))) hits++;
        }
        return new Outcome(threshold, offered, hits, answerable);
    }
}
