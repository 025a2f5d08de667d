package org.muster.insights;

import java.time.Instant;
import java.util.List;

/**
 * What one figure counts: a period, the spaces its reader may see (narrowed to one when he chose
 * one; never wider than what he may see), and a tag or none. {@code now} is when the figures are
 * computed, so that "no answer after 24 hours" counts only questions at least 24 hours old.
 */
public record Scope(Period period, List<Long> spaces, String tag, Instant now) {

    public Scope {
        spaces = List.copyOf(spaces);
    }

    /** The same spaces and tag over the period before. */
    Scope previous() {
        return new Scope(period.previous(), spaces, tag, now);
    }

    /** The spaces as an SQL array parameter. */
    Long[] spaceArray() {
        return spaces.toArray(Long[]::new);
    }

    /** The tag as stored in daily totals: the empty string for all tags. */
    String tagKey() {
        return tag == null ? "" : tag;
    }
}
