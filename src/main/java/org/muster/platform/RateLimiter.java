package org.muster.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Window counters in PostgreSQL, so that every node sees the same count, read as a sliding window:
 * the current window's hits plus the previous window's, weighted by how much of it still lies within
 * one window length of now. So a burst across a window boundary cannot get twice the limit through.
 * Hits are written in their own transaction: a refused request rolls back its work, never the count
 * that refused it.
 */
@Component
public class RateLimiter {

    private final JdbcClient db;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RateLimiter(JdbcClient db, PlatformTransactionManager transactions, Clock clock) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Refuses with 429 when the bucket already holds {@code limit} hits in the current window. */
    public void check(String bucket, int limit, Duration window) {
        var start = windowStart(window);
        var hits = ownTransaction.execute(tx -> sliding(bucket, start, window, hits(bucket, start)));
        if (hits != null && hits >= limit) throw new TooManyRequests(retryAfter(start, window));
    }

    /** Counts one hit, e.g. a failed login. */
    public void record(String bucket, Duration window) {
        hit(bucket, window);
    }

    /** Counts one hit and refuses with 429 once the window holds more than {@code limit}. */
    public void acquire(String bucket, int limit, Duration window) {
        var start = windowStart(window);
        if (hit(bucket, window) > limit) throw new TooManyRequests(retryAfter(start, window));
    }

    private int hit(String bucket, Duration window) {
        var start = windowStart(window);
        Integer hits = ownTransaction.execute(tx -> sliding(bucket, start, window, db.sql("""
                        insert into rate_limit_windows (bucket, window_start, hits) values (:bucket, :start, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit_windows.hits + 1
                        returning hits""")
                .param("bucket", bucket).param("start", java.sql.Timestamp.from(start))
                .query(Integer.class).single()));
        return hits == null ? 0 : hits;
    }

    /** The current window's hits plus the share of the previous window's that still counts, rounded up. */
    private int sliding(String bucket, Instant start, Duration window, int current) {
        int previous = hits(bucket, start.minus(window));
        if (previous == 0) return current;
        double stillCounting = 1 - (double) (clock.millis() - start.toEpochMilli()) / window.toMillis();
        return current + (int) Math.ceil(previous * stillCounting);
    }

    private int hits(String bucket, Instant start) {
        return db.sql("select coalesce(max(hits), 0) from rate_limit_windows where bucket = :bucket and window_start = :start")
                .param("bucket", bucket).param("start", java.sql.Timestamp.from(start)).query(Integer.class).single();
    }

    private Instant windowStart(Duration window) {
        long size = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - now % size);
    }

    private Duration retryAfter(Instant start, Duration window) {
        return Duration.between(clock.instant(), start.plus(window)).plusSeconds(1);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldWindows() {
        // Day-long windows are read as the previous window for a day more.
        db.sql("delete from rate_limit_windows where window_start < now() - interval '2 days'").update();
    }
}
