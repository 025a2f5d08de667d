package org.muster.insights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fairness figures' arithmetic: the Gini coefficient and the top tenth's share. */
class FairnessMetricTests {

    @Test
    void giniIsZeroForEqualSharesAndGrowsAsOneMemberTakesMore() {
        assertThat(FairnessMetric.gini(new long[0])).isNull();
        assertThat(FairnessMetric.gini(new long[]{7})).isZero();
        assertThat(FairnessMetric.gini(new long[]{3, 3, 3})).isCloseTo(0.0, within(1e-12));
        // One of n members has everything: (n - 1) / n.
        assertThat(FairnessMetric.gini(new long[]{0, 0, 3})).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(FairnessMetric.gini(new long[]{1, 3})).isCloseTo(0.25, within(1e-12));
        // The top tenth of 11 members is 2 members.
        assertThat(FairnessMetric.topShare(new long[]{1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 6})).isCloseTo(11 / 20.0, within(1e-12));
    }
}
