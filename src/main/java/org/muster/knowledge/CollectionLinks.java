package org.muster.knowledge;

import org.muster.platform.NodeMemory;
import org.muster.platform.Signals;
import org.muster.qa.PinnedCollections;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Answers Q&A's space page, which has checked that the reader may see the space: the collections pinned to it.
 * Remembered per node, as every visit of a space's page asks and pins change seldom; triggers on the pins and
 * the collections' titles signal every change, so each node forgets the space at once.
 */
@Component
class CollectionLinks implements PinnedCollections {

    static final String CHANNEL = "muster_pinned_collections";

    private final Collections collections;
    private final NodeMemory<List<PinnedCollection>> memory;

    CollectionLinks(Collections collections, Signals signals) {
        this.collections = collections;
        this.memory = new NodeMemory<>(signals, CHANNEL, Duration.ofMinutes(10), 10_000);
    }

    @Override
    public List<PinnedCollection> pinnedTo(long spaceId) {
        return memory.find(Long.toString(spaceId), () -> Optional.of(collections.pinnedTo(spaceId).stream()
                .map(c -> new PinnedCollection(c.id(), c.title(), "/collections/" + c.id())).toList())).orElseThrow();
    }
}
