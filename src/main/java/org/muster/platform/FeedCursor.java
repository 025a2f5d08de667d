package org.muster.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A reader's place in the change feed. Identity values are handed out before commit, so a later
 * position can become visible before an earlier one: positions above the settled mark are read again
 * until they are old enough that no transaction could still be writing below them, and each event is
 * handed out once. Not thread-safe: one reader owns it.
 */
public final class FeedCursor {

    private final EventLog log;
    private long settled;
    private final Set<Long> seenAboveSettled = new HashSet<>();

    FeedCursor(EventLog log, long settled) {
        this.log = log;
        this.settled = settled;
    }

    /**
     * Hands the events not handed out yet, oldest first, to {@code apply}; only once it has returned
     * are they marked as handed out and the settled mark moved. If it throws, the cursor stays where
     * it was and the next call hands out the same events again.
     */
    public void next(int limit, Consumer<List<LoggedEvent>> apply) {
        var batch = log.after(settled, limit);
        var fresh = batch.stream().filter(e -> !seenAboveSettled.contains(e.id())).toList();
        var ceiling = batch.size() == limit ? batch.getLast().id() : Long.MAX_VALUE;
        var newSettled = Math.min(log.settledAfter(settled), ceiling);
        apply.accept(fresh);
        fresh.forEach(e -> seenAboveSettled.add(e.id()));
        if (newSettled > settled) {
            settled = newSettled;
            seenAboveSettled.removeIf(id -> id <= newSettled);
        }
    }

    /** Every event at or below this position has been handed out; a restart can resume from it. */
    public long settled() {
        return settled;
    }
}
