package org.muster.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money typed into forms in the currency's own units and the reader's language, kept as minor units. */
class FormMoneyTests {

    private static final Locale EN = Locale.UK;
    private static final Locale NL = Locale.of("nl", "NL");

    @Test
    void readsAmountsAsTheReadersLanguageWritesThem() {
        assertThat(FormNumbers.money("cash", "12.50", "EUR", EN)).isEqualTo(1250);
        assertThat(FormNumbers.money("cash", "12,50", "EUR", NL)).isEqualTo(1250);
        assertThat(FormNumbers.money("cash", "12", "EUR", NL)).isEqualTo(1200);
        assertThat(FormNumbers.money("cash", "1,250.5", "EUR", EN)).isEqualTo(125050);
        assertThat(FormNumbers.money("cash", "1.250,50", "EUR", NL)).isEqualTo(125050);
        assertThat(FormNumbers.money("cash", "€ 12.50", "EUR", EN)).isEqualTo(1250);
        assertThat(FormNumbers.money("cash", "12.50 EUR", "eur", EN)).isEqualTo(1250);
        assertThat(FormNumbers.money("cash", "500", "JPY", EN)).isEqualTo(500);
        assertThat(FormNumbers.money("cash", "  ", "EUR", EN)).isNull();
    }

    @Test
    void refusesWhatIsNotAnAmountBesideItsFieldWithAnExample() {
        for (var hostile : new String[]{"1e9", "12.345", "-1", "12.", ".5", "1,2,3", "1,25.00", "12\u000050", "999999999999999",
                "0x10", "12.50 USD", "NaN", "1".repeat(50), "12.5.0", "٣٤"}) {
            assertThatThrownBy(() -> FormNumbers.money("rewardCash", hostile, "EUR", EN)).as(hostile)
                    .isInstanceOfSatisfying(Invalid.class, e -> {
                        assertThat(e.field()).isEqualTo("rewardCash");
                        assertThat(e.key()).isEqualTo("form.money");
                        assertThat(e.args()).containsExactly("12.50", "EUR");
                    });
        }
        assertThatThrownBy(() -> FormNumbers.money("cash", "12.50", "EUR", NL)).as("a dot is not the decimal separator in Dutch")
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.args()).containsExactly("12,50", "EUR"));
        assertThatThrownBy(() -> FormNumbers.money("cash", "5.5", "JPY", EN)).as("the yen has no decimals")
                .isInstanceOf(Invalid.class);
    }
}
