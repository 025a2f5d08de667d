package org.muster.search;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The log of searches for insights, which keeps its own copy. A search changes only while a result of
 * it may still be marked opened, within {@link #OPENING_WINDOW}; after that it is final. No reader's
 * checks: derived data, whose readers place each search in a space and check those.
 */
@Service
@NamedInterface("api")
public class SearchActivity {

    /** How long after a search an opened result still counts for it: "nothing opened" is then final. */
    public static final Duration OPENING_WINDOW = Duration.ofHours(1);

    private final SearchLogRepository log;

    SearchActivity(SearchLogRepository log) {
        this.log = log;
    }

    /** Up to {@code limit} logged searches with ids above {@code afterId}, in id order (each node writes its own about once a second). */
    @Transactional(readOnly = true)
    public List<LoggedSearch> batchAfter(long afterId, int limit) {
        return log.batchAfter(afterId, limit);
    }

    /** Where to walk from to see every search made at or after {@code since}: the id just before the first. */
    @Transactional(readOnly = true)
    public long lastIdBefore(Instant since) {
        return log.lastIdBefore(since);
    }

    /** How many searches are logged, for a rebuild's progress. */
    @Transactional(readOnly = true)
    public long count() {
        return log.count();
    }
}
