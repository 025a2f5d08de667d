package org.muster.search;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.muster.qa.QuestionDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures Muster's duplicate ranking on SemEval-2016 task 3 subtask B data: the candidates are
 * indexed as Muster indexes questions (their comments as answers) and each original question's are
 * ranked by {@link SimilarRanking}, the code behind the similar-questions panel. Prints MAP (the
 * official measure), MRR and P@1. Run by {@code bench/semeval-eval <xml> <gold>}.
 */
public final class SemEvalEvaluation {

    private SemEvalEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: semeval-eval <questions.xml> <subtaskB.relevancy>");
            System.exit(2);
        }
        var data = SemEvalData.read(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%d original questions, %d candidates%n", data.candidates().size(), data.related().size());
        System.out.println(evaluate(data, new Embedder()).summary());
    }

    static RankingMetrics evaluate(SemEvalData data, Embedder embedder) throws IOException {
        var ranked = new ArrayList<List<Boolean>>();
        rank(data, embedder).forEach((original, order) ->
                ranked.add(order.stream().limit(10).map(c -> data.relevant(original, c.id())).toList()));
        return RankingMetrics.of(ranked);
    }

    /** A candidate as {@link SimilarRanking} ranked it: its SemEval id, final score and plain cosine. */
    record RankedCandidate(String id, double score, double cosine) {
    }

    /** Each original question's candidates, best first (unranked ones last, stable on file order). */
    static java.util.Map<String, List<RankedCandidate>> rank(SemEvalData data, Embedder embedder) throws IOException {
        var ids = new HashMap<String, Long>();
        var directory = new ByteBuffersDirectory();
        var languages = new PostLanguages(java.util.Locale.ENGLISH);
        try (var writer = new IndexWriter(directory, IndexedQuestion.writerConfig())) {
            var keys = new ArrayList<>(data.related().keySet());
            var vectors = embedder.embedAll(keys.stream().map(k -> data.related().get(k).input()).toList());
            for (int i = 0; i < keys.size(); i++) {
                ids.put(keys.get(i), i + 1L);
                var question = asQuestion(i + 1L, data.related().get(keys.get(i)));
                writer.addDocument(IndexedQuestion.document(question, vectors.get(i), languages.of(question)));
            }
        }
        var ranked = new java.util.LinkedHashMap<String, List<RankedCandidate>>();
        try (var reader = DirectoryReader.open(directory)) {
            var searcher = new IndexSearcher(reader);
            data.candidates().forEach((original, candidates) -> {
                var question = data.originals().get(original);
                var vector = embedder.embed(question.subject(), question.body());
                var filter = KeywordField.newSetQuery(IndexedQuestion.ID,
                        candidates.stream().map(c -> new BytesRef(Long.toString(ids.get(c)))).toList());
                var hits = new HashMap<String, Ranker.Ranked>();
                for (var hit : SimilarRanking.rank(searcher, question.subject(), question.body(), vector, filter, candidates.size())) {
                    hits.put(stored(searcher, hit.doc()), hit);
                }
                var order = new ArrayList<RankedCandidate>();
                for (var c : candidates) {
                    var hit = hits.get(Long.toString(ids.get(c)));
                    order.add(hit == null ? new RankedCandidate(c, Double.NEGATIVE_INFINITY, 0)
                            : new RankedCandidate(c, hit.score(), hit.cosine()));
                }
                order.sort(Comparator.comparingDouble(c -> -c.score()));
                ranked.put(original, order);
            });
        }
        return ranked;
    }

    private static String stored(IndexSearcher searcher, int doc) {
        try {
            return searcher.storedFields().document(doc).get(IndexedQuestion.ID);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QuestionDocument asQuestion(long id, SemEvalData.Text text) {
        return new QuestionDocument(id, 1, null, null, text.subject(), text.body(), Map.of(), List.of(), "",
                text.comments(), 0, 0, false, false, false, Instant.EPOCH, false);
    }
}
