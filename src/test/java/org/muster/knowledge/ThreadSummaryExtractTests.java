package org.muster.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring of an answer's units, without a database: what each signal adds is what the README says. */
class ThreadSummaryExtractTests {

    private static final Set<String> QUESTION = Set.of("router", "firmware", "update", "wifi");

    @Test
    void listItemsThatBeginWithAVerbOutrankProseAndCodeIsLeftOut() {
        var units = ThreadSummaryExtract.units("""
                I had this too, it is annoying.

                - Restart the router after the firmware update.
                - Check the cable.

                ```
                sudo reboot the router now
                ```
                    indented code line here
                `nvram erase`
                """, QUESTION, 0);
        assertThat(units).extracting(ThreadSummaryExtract.Unit::text)
                .containsExactly("I had this too, it is annoying.", "Restart the router after the firmware update.", "Check the cable.");
        var best = units.stream().max(Comparator.comparingDouble(ThreadSummaryExtract.Unit::score)).orElseThrow();
        assertThat(best.text()).isEqualTo("Restart the router after the firmware update.");
        // second unit: 1/(1+1) for its place, 1.5 a list item, 1 a verb first, 3 of its 5 longer words in the question
        assertThat(best.score()).isCloseTo(0.5 + 1.5 + 1 + 3 / 5.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void questionsAndVeryShortSentencesLoseAPoint() {
        var units = ThreadSummaryExtract.units("Did you update the router firmware yet? Reset it. Then open the router page "
                + "and turn on the firmware update option.", QUESTION, 0);
        assertThat(units).hasSize(3);
        var offset = org.assertj.core.data.Offset.offset(1e-9);
        assertThat(units.get(0).score()).as("first, all its longer words asked, but a question").isCloseTo(1 + 1 - 1.0, offset);
        assertThat(units.get(1).score()).as("second, a verb first, but two words").isCloseTo(0.5 + 1 - 1.0, offset);
        assertThat(units.get(2).score()).as("third, 3 of its 8 longer words asked").isCloseTo(1 / 3.0 + 3 / 8.0, offset);
        assertThat(units.get(2).order()).isEqualTo(2);
    }
}
