package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.List;

/**
 * A "best of" collection as one reader sees it: only the questions and the spaces it is pinned to that the
 * reader may see, so neither the list nor its count tells of the others.
 */
@NamedInterface("api")
public record CuratedCollection(long id, String title, String description, String descriptionHtml, List<Item> items,
                                List<PinnedSpace> spaces, Instant updatedAt) {

    public CuratedCollection {
        items = List.copyOf(items);
        spaces = List.copyOf(spaces);
    }

    /** A question of the collection, in the collection's order. */
    public record Item(long questionId, String title, String slug, List<String> tags, int answerCount, boolean solved) {
    }

    /** A space the collection is pinned to. */
    public record PinnedSpace(long id, String slug, String name) {
    }
}
