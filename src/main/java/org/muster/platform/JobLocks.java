package org.muster.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Cluster-safe jobs: a named lock held until the job's transaction ends, so one node at a time runs it. */
@Component
public class JobLocks {

    private final JdbcClient db;

    JobLocks(JdbcClient db) {
        this.db = db;
    }

    /** True when this node got the lock; false when another node is running the job now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean tryLock(String name) {
        return db.sql("select pg_try_advisory_xact_lock(hashtext(:name))").param("name", name).query(Boolean.class).single();
    }

    /** Waits for the lock, e.g. for a recompute that must not overlap the job it replaces. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String name) {
        db.sql("select pg_advisory_xact_lock(hashtext(:name))::text").param("name", name).query(String.class).single();
    }
}
