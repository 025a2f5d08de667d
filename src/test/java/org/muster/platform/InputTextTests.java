package org.muster.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for text people send: what Muster keeps, how long it looks, when it is blank. */
class InputTextTests {

    @Test
    void controlCharactersAreDroppedButTabsAndLineBreaksKept() {
        assertThat(InputText.normalise("a\u0000b\u0007c\u007f\u0085d")).isEqualTo("abcd");
        assertThat(InputText.normalise("one\ttwo\nthree")).isEqualTo("one\ttwo\nthree");
    }

    @Test
    void everyLineBreakBecomesOneLineFeed() {
        assertThat(InputText.normalise("a\r\nb\rc\n\rd")).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void textIsKeptInComposedForm() {
        assertThat(InputText.normalise("Cafe\u0301")).isEqualTo("Caf\u00e9");
    }

    @Test
    void loneSurrogatesAndNoncharactersAreDropped() {
        assertThat(InputText.normalise("a\uD800b\uFFFFc\uFDD0d")).isEqualTo("abcd");
        assertThat(InputText.normalise("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
    }

    @Test
    void textWithNothingVisibleIsEmpty() {
        for (var invisible : new String[]{"\u200B", "\u202E", "\u00AD", "\uFEFF", "\u0301", "\u0000", "\u3164",
                "\u200B\u200B\n\u200B", " \t\n", "\r"}) {
            assertThat(InputText.normalise(invisible)).as("U+%04X", (int) invisible.charAt(0)).isEmpty();
            assertThat(InputText.isBlank(invisible)).isTrue();
        }
        assertThat(InputText.normalise(null)).isNull();
    }

    @Test
    void lengthCountsWhatAReaderSees() {
        assertThat(InputText.visibleLength("e\u0301t\u00e9")).isEqualTo(3);
        assertThat(InputText.visibleLength("a\u200Bb c")).isEqualTo(4);
        assertThat(InputText.visibleLength("\uD83D\uDE00")).isEqualTo(1);
    }

    @Test
    void aSingleLineHasNoLineBreaks() {
        assertThat(InputText.singleLine("New answer on: Router\r\nBcc: everyone@example.test\u2028x\ty"))
                .isEqualTo("New answer on: Router Bcc: everyone@example.test x y");
    }

    @Test
    void plainTextIsKeptAsItIs() {
        var text = "How do I reset the router? It says: \"error 42\".";
        assertThat(InputText.normalise(text)).isSameAs(text);
    }
}
