package org.muster.search;

import org.junit.jupiter.api.Test;
import org.muster.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric code must reproduce a published result before it judges Muster: the BM25 row of Lei et
 * al. (2016) on AskUbuntu, from the labels and BM25 scores they released.
 */
class RankingMetricsTest {

    @Test
    void reproducesThePublishedBm25RowOnAskUbuntuDev() throws IOException {
        var metrics = RankingMetrics.of(rankedByBm25(SharedData.file("askubuntu-lei2016/dev.txt")));
        assertThat(rounded(metrics)).containsExactly(52.0, 66.0, 51.9, 42.1);
    }

    @Test
    void reproducesThePublishedBm25RowOnAskUbuntuTest() throws IOException {
        var metrics = RankingMetrics.of(rankedByBm25(SharedData.file("askubuntu-lei2016/test.txt")));
        assertThat(rounded(metrics)).containsExactly(56.0, 68.0, 53.8, 42.5);
    }

    @Test
    void averagePrecisionCountsOnlyRelevantPositionsAndZeroWhenNoneIs() {
        assertThat(RankingMetrics.averagePrecision(List.of(false, true, false, true))).isEqualTo((0.5 + 0.5) / 2);
        assertThat(RankingMetrics.averagePrecision(List.of(false, false))).isZero();
        assertThat(RankingMetrics.reciprocalRank(List.of(false, false, true))).isEqualTo(1.0 / 3);
    }

    private static List<Double> rounded(RankingMetrics m) {
        return List.of(round(m.map()), round(m.mrr()), round(m.p1()), round(m.p5()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Each line: query id, similar ids, 20 candidate ids, their 20 BM25 scores; queries without a similar candidate are left out. */
    private static List<List<Boolean>> rankedByBm25(Path file) throws IOException {
        var queries = new ArrayList<List<Boolean>>();
        for (var line : Files.readAllLines(file)) {
            var fields = line.split("\t");
            var similar = Set.of(fields[1].split(" "));
            var candidates = fields[2].split(" ");
            var scores = Arrays.stream(fields[3].split(" ")).mapToDouble(Double::parseDouble).toArray();
            var ranked = IntStream.range(0, candidates.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                    .map(i -> similar.contains(candidates[i])).toList();
            if (ranked.contains(true)) queries.add(ranked);
        }
        return queries;
    }
}
