package org.muster.recognition;

import org.junit.jupiter.api.Test;
import org.muster.platform.Invalid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The badge rule language and the helpful streak, without a database. */
class BadgeRuleTests {

    private static final BadgeRule.Counters MEMBER = new BadgeRule.Counters(
            Map.of("answers", 12, "accepted", 4, "reputation", 230, "helped", 9), Map.of("router", 120, "billing", 5));

    @Test
    void rulesCombineCountersWithAndOrAndParentheses() {
        assertThat(BadgeRule.parse("answers >= 10 and accepted > 3").test(MEMBER)).isTrue();
        assertThat(BadgeRule.parse("accepted >= 5 or tag(\"router\") >= 100").test(MEMBER)).isTrue();
        assertThat(BadgeRule.parse("(accepted >= 5 or helped > 10) and reputation >= 100").test(MEMBER)).isFalse();
        assertThat(BadgeRule.parse("TAG(\"Billing\") = 5 AND questions < 1").test(MEMBER)).isTrue();
        assertThat(BadgeRule.parse("tag(\"router\") >= 1 and tag(\"billing\") >= 1").tags()).containsExactly("router", "billing");
    }

    @Test
    void aRuleThatDoesNotParseNamesThePosition() {
        assertThatThrownBy(() -> BadgeRule.parse("answers >= 1 and")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).args()).containsExactly(17, "expected a counter: answers, questions, accepted, reputation, helped, validated or tag(\"name\")"));
        assertThatThrownBy(() -> BadgeRule.parse("answers => 1")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).args()).containsExactly(10, "expected a number"));
        assertThatThrownBy(() -> BadgeRule.parse("(answers >= 1")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).args()).containsExactly(14, "expected )"));
        assertThatThrownBy(() -> BadgeRule.parse("answers >= 1 % 2")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).args()).containsExactly(14, "unexpected character '%'"));
        assertThatThrownBy(() -> BadgeRule.parse(" ")).isInstanceOf(Invalid.class);
    }

    @Test
    void theHelpfulStreakCountsConsecutiveWeeks() {
        var monday = LocalDate.of(2026, 11, 2);
        assertThat(Badges.longestRun(List.of(monday, monday.plusWeeks(1), monday.plusWeeks(3), monday.plusWeeks(4),
                monday.plusWeeks(5), monday.plusWeeks(6)))).isEqualTo(4);
        assertThat(Badges.longestRun(List.of())).isZero();
    }
}
