package org.muster.platform;

/**
 * A place in the change feed: the writing transaction's id (offset by {@code feed_clock}, see the
 * migration) and the event's id. The feed is ordered by both, and an event is handed out only once no
 * transaction that could still write below it is running, so this order never changes afterwards.
 */
public record FeedPosition(long xact, long id) implements Comparable<FeedPosition> {

    public static final FeedPosition START = new FeedPosition(0, 0);

    @Override
    public int compareTo(FeedPosition other) {
        int byXact = Long.compare(xact, other.xact);
        return byXact != 0 ? byXact : Long.compare(id, other.id);
    }

    public boolean isAfter(FeedPosition other) {
        return compareTo(other) > 0;
    }

    /** The stored form, e.g. in a Lucene commit. */
    @Override
    public String toString() {
        return xact + ":" + id;
    }

    /** Reads {@link #toString()}; a bare number is a position written before transactions were recorded. */
    public static FeedPosition parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return new FeedPosition(0, Long.parseLong(text));
        return new FeedPosition(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }
}
