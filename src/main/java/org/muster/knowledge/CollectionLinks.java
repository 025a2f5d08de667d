package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.qa.PinnedCollections;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers Q&A's space page: the collections pinned to the space. */
@Component
class CollectionLinks implements PinnedCollections {

    private final Collections collections;

    CollectionLinks(Collections collections) {
        this.collections = collections;
    }

    @Override
    public List<PinnedCollection> pinnedTo(Actor reader, long spaceId) {
        return collections.pinnedTo(reader, spaceId).stream()
                .map(c -> new PinnedCollection(c.id(), c.title(), "/collections/" + c.id())).toList();
    }
}
