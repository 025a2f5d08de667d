package org.muster.insights;

import java.util.function.LongConsumer;

/**
 * Facts and daily totals that insights derives from another module: followed from the change feed by a
 * cluster-wide subscriber, and rebuilt from scratch by {@code muster insights rebuild}, which must give
 * the same figures. Each family of metrics implements one.
 */
interface DerivedFacts {

    /** The message key of what is shown beside the rebuild's progress bar. */
    String label();

    /** How many items a rebuild goes through, for its progress bar. */
    long size();

    /**
     * Clears what this family derived and computes it anew, in the caller's transaction, under its
     * subscriber's lock (so no node follows the feed into it meanwhile), calling {@code done} with the
     * number of items done so far.
     */
    void rebuild(LongConsumer done);
}
