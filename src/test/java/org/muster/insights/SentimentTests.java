package org.muster.insights;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexicon score of one text: weights summed, negation turning the next weighted word, code left out. */
class SentimentTests {

    private final Sentiment sentiment = new Sentiment();

    @Test
    void sumsTheWeightsOfTheLexiconsWords() {
        var score = sentiment.score("Thanks, the firmware from March fixed it. Thanks again!");
        assertThat(score.total()).isEqualTo(8);
        assertThat(score.words()).isEqualTo(Map.of("thanks", new Sentiment.Word(2, 6), "fixed", new Sentiment.Word(1, 2)));
    }

    @Test
    void aNegationTurnsTheNextWeightedWordWithinThreeWords() {
        assertThat(sentiment.score("It is not working.").words()).isEqualTo(Map.of("not working", new Sentiment.Word(1, -2)));
        assertThat(sentiment.score("No problem at all").total()).isEqualTo(1);
        assertThat(sentiment.score("It doesn’t really work").words()).isEqualTo(Map.of("not work", new Sentiment.Word(1, -1)));
        // Only the next weighted word: the one after it counts as written.
        assertThat(sentiment.score("never broken, great").total()).isEqualTo(4);
        // Out of reach: four words after the negation.
        assertThat(sentiment.score("not that it was ever broken").total()).isEqualTo(-2);
    }

    @Test
    void codeAndLinksAreNoFeeling() {
        assertThat(sentiment.score("""
                It says `fatal error` and then:
                ```
                crash: broken pipe
                ```
                see https://example.com/terrible-bug""").total()).isZero();
    }

    @Test
    void wordsCaseAndApostrophesAreFolded() {
        assertThat(sentiment.score("AWESOME. Don’t worry.").total()).isEqualTo(4);
    }
}
