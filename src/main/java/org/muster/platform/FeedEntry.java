package org.muster.platform;

/** A change-feed entry as this node learns of it, whichever node wrote it; published locally. */
public record FeedEntry(LoggedEvent event) {
}
