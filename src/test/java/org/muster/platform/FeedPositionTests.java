package org.muster.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedPositionTests {

    @Test
    void positionsOrderByTransactionFirstThenByEvent() {
        var positions = new ArrayList<>(List.of(new FeedPosition(7, 3), new FeedPosition(5, 9), new FeedPosition(7, 1),
                FeedPosition.START));
        Collections.sort(positions);
        assertThat(positions).containsExactly(FeedPosition.START, new FeedPosition(5, 9), new FeedPosition(7, 1),
                new FeedPosition(7, 3));
        assertThat(new FeedPosition(6, 1).isAfter(new FeedPosition(5, 100))).isTrue();
        assertThat(new FeedPosition(5, 100).isAfter(new FeedPosition(5, 100))).isFalse();
    }

    @Test
    void theStoredFormReadsBackAndAnIndexCommittedBeforeTransactionsWereRecordedResumesAtItsEvent() {
        var position = new FeedPosition(81_234, 56);
        assertThat(FeedPosition.parse(position.toString())).isEqualTo(position);
        assertThat(FeedPosition.parse("4711")).isEqualTo(new FeedPosition(0, 4711));
    }
}
