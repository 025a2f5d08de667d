package org.muster.search;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as one question's fault when a batch cannot be indexed, and what is left to try again. */
class IndexBatchTests {

    private final List<Long> indexed = new ArrayList<>();

    @Test
    void aQuestionThatFailsOnItsOwnIsLeftOutAndItsNeighboursAreIndexed() {
        IndexBuilder.<Long>aloneOnFailure(List.of(1L, 2L, 3L), batch -> {
            if (batch.contains(2L)) throw new IllegalArgumentException("cannot embed");
            indexed.addAll(batch);
        }, id -> id);
        assertThat(indexed).containsExactly(1L, 3L);
    }

    @Test
    void aDatabaseThatCannotStartATransactionLeavesTheWholeBatchForLater() {
        assertThatThrownBy(() -> IndexBuilder.<Long>aloneOnFailure(List.of(1L, 2L), batch -> {
            throw new CannotCreateTransactionException("the pool is closed");
        }, id -> id)).isInstanceOf(CannotCreateTransactionException.class);
    }

    @Test
    void aClosedOrFailingIndexLeavesTheWholeBatchForLater() {
        assertThatThrownBy(() -> IndexBuilder.<Long>aloneOnFailure(List.of(1L, 2L), batch -> {
            throw new SearchIndex.Closed();
        }, id -> id)).isInstanceOf(SearchIndex.Closed.class);
        assertThatThrownBy(() -> IndexBuilder.<Long>aloneOnFailure(List.of(1L, 2L), batch -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }, id -> id)).isInstanceOf(UncheckedIOException.class);
    }
}
