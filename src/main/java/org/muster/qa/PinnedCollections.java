package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/** The collections pinned to a space, which its page lists. Q&A asks through this; knowledge answers. */
@NamedInterface("ports")
public interface PinnedCollections {

    /**
     * The collections pinned to the space, in the order staff pinned them. Collections are for everyone; the
     * caller has checked that its reader may see the space.
     */
    List<PinnedCollection> pinnedTo(long spaceId);

    /** A collection as a space's page links to it. */
    record PinnedCollection(long id, String title, String path) {
    }
}
