package org.muster.search;

import java.time.Instant;

/**
 * Searches with the same normalized text that found nothing or that nobody opened: what the
 * knowledge team should write next. {@code unopened} counts searches (with or without results) that
 * led to no question being opened.
 */
record SearchGap(String query, String example, int searches, int noResults, int unopened, Instant lastSeen) {
}
