package org.muster.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedCacheTests {

    private final RelatedCache cache = new RelatedCache(Duration.ofMinutes(10), 100);

    @Test
    void aQuestionNotYetIndexedGetsItsRelatedQuestionsOnTheNextViewNotAfterTheTtl() {
        assertThat(cache.get("7/5/1", List::of)).isEmpty();
        assertThat(cache.get("7/5/1", () -> List.of(3L, 4L))).containsExactly(3L, 4L);
    }

    @Test
    void aRankingIsReusedUntilItExpires() {
        assertThat(cache.get("8/5/1", () -> List.of(3L))).containsExactly(3L);
        assertThat(cache.get("8/5/1", () -> List.of(9L))).containsExactly(3L);
    }
}
