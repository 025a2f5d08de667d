package org.muster.platform;

/**
 * A module's reaction to the change feed. It declares what it reacts to as methods named {@code on}
 * taking one event type ({@code void on(VoteCast vote)}), optionally with a {@link Delivery}
 * ({@code void on(VoteCast vote, Delivery delivery)}); events it has no method for pass it by.
 * <p>
 * Cluster-wide by default: one node at a time applies each batch, in one transaction together with the
 * position kept under {@link #subscription()}, so a crash replays nothing twice and skips nothing. A
 * subscriber that keeps state per node implements {@link PerNode} instead and keeps its own position.
 */
public interface FeedSubscriber {

    /** The name its position is kept under. Changing it starts the subscriber from the beginning. */
    String subscription();

    /**
     * Whether a cluster-wide subscriber, when first installed, starts at the feed's head instead of its
     * beginning: one that tells people about changes must not replay years of history into their inboxes.
     */
    default boolean startsAtHead() {
        return false;
    }

    /** Called after each batch's events; for a cluster-wide subscriber in the batch's transaction. */
    default void batchApplied(boolean replay) {
    }

    /** A subscriber with state on this node only (an index, a cache): every node applies every event. */
    interface PerNode extends FeedSubscriber {

        /** Where this node resumes, e.g. the position its index last committed; null: from the feed's head. */
        FeedPosition resumeFrom();

        /** The batch up to this position has been applied; not in a database transaction. */
        void advancedTo(FeedPosition position);
    }
}
