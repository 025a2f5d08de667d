package org.muster.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The log of searches, written off the request path: a search is kept in memory and this node writes
 * what it holds about once a second, all in one transaction. The log is for insight, so a crash may
 * lose its last second; a clean stop writes what is pending first. Nodes write side by side: each
 * writes its own searches, and the gap rows they share are counted up in one order, so two nodes
 * never wait on each other in a circle.
 */
@Component
class SearchLog implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchLog.class);
    /** Searches held while the database is away; beyond this, new ones are not logged. */
    private static final int MAX_PENDING = 50_000;

    /**
     * One search as written: the spaces it looked in and its first result's; {@code opened} when a result
     * was opened before it was written, with that question's space (if among those looked in) and whether it was solved.
     */
    record Entry(String query, String normalized, int resultCount, Long memberId, byte[] openKeyHash,
                 Instant searchedAt, List<Long> spaces, Long firstSpaceId, boolean opened, Long openedSpaceId,
                 boolean openedSolved) {
        Entry markedOpened(OpenedQuestion question) {
            var space = question != null && spaces.contains(question.spaceId()) ? question.spaceId() : null;
            return new Entry(query, normalized, resultCount, memberId, openKeyHash, searchedAt, spaces, firstSpaceId,
                    true, space, space != null && question.solved());
        }
    }

    /** The question a result's link opened: its space and whether it was solved when it was opened. */
    record OpenedQuestion(long spaceId, boolean solved) {
    }

    private final SearchLogRepository log;
    private final TransactionTemplate transaction;
    /** By the hex of the open key's hash, so that an opened result finds its search before it is written. */
    private final Map<String, Entry> pending = new HashMap<>();
    private final Object writing = new Object();
    private boolean warnedFull;

    SearchLog(SearchLogRepository log, TransactionTemplate transaction) {
        this.log = log;
        this.transaction = transaction;
    }

    void record(String query, String normalized, int resultCount, Long memberId, byte[] openKeyHash,
                List<Long> spaces, Long firstSpaceId) {
        // PostgreSQL's text holds no NUL: one such search would fail every batch of the log.
        var entry = new Entry(query.replace("\u0000", ""), normalized.replace("\u0000", ""), resultCount, memberId,
                openKeyHash, Instant.now(), List.copyOf(spaces), firstSpaceId, false, null, false);
        synchronized (pending) {
            if (pending.size() >= MAX_PENDING) {
                if (!warnedFull) LOG.warn("The search log cannot be written: searches are not logged until it can");
                warnedFull = true;
                return;
            }
            pending.put(key(openKeyHash), entry);
        }
    }

    /**
     * Marks the search with this key opened, once, with the question opened (null when not known): in
     * memory while it waits, in the database after, within {@link SearchActivity#OPENING_WINDOW} of the search.
     */
    void opened(byte[] openKeyHash, OpenedQuestion question) {
        synchronized (pending) {
            if (pending.computeIfPresent(key(openKeyHash), (key, waiting) -> waiting.opened() ? waiting
                    : waiting.markedOpened(question)) != null) return;
        }
        transaction.executeWithoutResult(tx -> log.opened(openKeyHash, question));
    }

    /** Writes the searches made so far, e.g. before the gaps are read, so that they count. */
    @Scheduled(fixedDelayString = "${muster.search.log-every:PT1S}")
    void write() {
        // One writer at a time (the schedule and a reader of the gaps): a search is written once.
        synchronized (writing) {
            List<Entry> batch;
            synchronized (pending) {
                if (pending.isEmpty()) return;
                batch = new ArrayList<>(pending.values());
            }
            transaction.executeWithoutResult(tx -> log.record(batch));
            var openedMeanwhile = new ArrayList<Entry>();
            synchronized (pending) {
                // Searches made meanwhile wait for the next round; one opened meanwhile was written unopened.
                for (var entry : batch) {
                    var now = pending.remove(key(entry.openKeyHash()));
                    if (now != null && now.opened() && !entry.opened()) openedMeanwhile.add(now);
                }
                warnedFull = false;
            }
            openedMeanwhile.forEach(entry -> transaction.executeWithoutResult(tx -> log.opened(entry.openKeyHash(),
                    entry.openedSpaceId() == null ? null : new OpenedQuestion(entry.openedSpaceId(), entry.openedSolved()))));
        }
    }

    @Override
    public void destroy() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warn("The last searches could not be logged: {}", e.toString());
        }
    }

    private static String key(byte[] openKeyHash) {
        return HexFormat.of().formatHex(openKeyHash);
    }
}
