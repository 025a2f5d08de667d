package org.muster.missions.shifts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lottery's weights, as the draw page states them: reliability divided by one plus recent places. */
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
}
