package org.muster.missions.shifts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lottery's weights, as the draw page states them (reliability divided by one plus recent places), and the
 * seeded draw: anyone with the seed and the weights gets the same order, and a heavier entry tends to be drawn earlier.
 */
class LotteryTests {

    @Test
    void aMemberWithoutRecentPlacesDrawsWithTheirFullReliability() {
        assertThat(Lottery.weight(0.8, 0)).isEqualTo(0.8);
        assertThat(Lottery.weight(0.05, 0)).isEqualTo(0.05);
    }

    @Test
    void eachRecentPlaceLowersTheChanceSoOthersGetTheirTurn() {
        assertThat(Lottery.weight(0.8, 1)).isEqualTo(0.4);
        assertThat(Lottery.weight(0.8, 3)).isEqualTo(0.2);
        // A reliable member who got many places recently draws behind a less reliable one who got none.
        assertThat(Lottery.weight(1.0, 4)).isLessThan(Lottery.weight(0.5, 0));
    }

    @Test
    void theSameSeedAndWeightsGiveTheSameOrderAsThePublishedMethodStatesIt() {
        var weights = Map.of("Ada", 0.9, "Bo", 0.45, "Cy", 0.2, "Di", 1.0, "Ed", 0.05);
        var entries = List.of("Ada", "Bo", "Cy", "Di", "Ed");
        long seed = 7_301_554_213L;

        var drawn = Lottery.drawOrder(seed, entries, weights::get);

        assertThat(Lottery.drawOrder(seed, entries, weights::get)).isEqualTo(drawn);
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(entries);
        // Repeated from the statement on the draw page alone: u = Random(seed).nextDouble() per entry in
        // sign-up order, key = u^(1/weight), highest key first.
        var random = new Random(seed);
        var keys = new ArrayList<Map.Entry<String, Double>>();
        for (var entry : entries) keys.add(Map.entry(entry, Math.pow(random.nextDouble(), 1 / weights.get(entry))));
        keys.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        assertThat(drawn).isEqualTo(keys.stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void anotherSeedGivesAnotherOrder() {
        var entries = IntStream.rangeClosed(1, 8).boxed().toList();
        var orders = IntStream.range(0, 20).mapToObj(seed -> Lottery.drawOrder(seed, entries, e -> 0.5)).distinct().count();
        assertThat(orders).isGreaterThan(1);
    }

    @Test
    void anEntryWithFourTimesTheWeightComesFirstInAboutFourDrawsOutOfFive() {
        // With keys u^(1/weight), the first place goes to an entry with its share of the total weight. Seeds are
        // spread over all longs as the lottery's are: java.util.Random's first draws for neighbouring seeds are alike.
        var seeds = new SplittableRandom(2026).longs(10_000).toArray();
        var weights = Map.of("reliable", 0.8, "unreliable", 0.2);
        var entries = List.of("unreliable", "reliable");
        long reliableFirst = LongStream.of(seeds)
                .filter(seed -> Lottery.drawOrder(seed, entries, weights::get).getFirst().equals("reliable")).count();
        assertThat(reliableFirst).isBetween(7_700L, 8_300L);

        long firstOfEqualsFirst = LongStream.of(seeds)
                .filter(seed -> Lottery.drawOrder(seed, entries, e -> 0.5).getFirst().equals("unreliable")).count();
        assertThat(firstOfEqualsFirst).isBetween(4_700L, 5_300L);
    }
}
