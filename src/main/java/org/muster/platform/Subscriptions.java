package org.muster.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands the change feed to every {@link FeedSubscriber}, in feed order. A cluster-wide subscriber's
 * batch runs in one transaction under its lock, with its position in {@code feed_positions}; when a
 * batch fails, its events are tried one at a time, and one that fails alone is recorded in
 * {@code feed_failures} and passed over. A failure of the database itself leaves the batch for the
 * next round instead.
 */
@Component
public class Subscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    private static final int BATCH = 500;

    private final ObjectProvider<FeedSubscriber> found;
    private final EventLog log;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final JobLocks locks;
    private final Map<String, FeedPosition> perNode = new ConcurrentHashMap<>();
    private volatile List<Subscriber> subscribers;

    Subscriptions(ObjectProvider<FeedSubscriber> found, EventLog log, JdbcClient db, TransactionTemplate transaction,
                  JobLocks locks) {
        this.found = found;
        this.log = log;
        this.db = db;
        this.transaction = transaction;
        this.locks = locks;
    }

    /** Applies what every subscriber has not applied yet, batch after batch. */
    public void catchUp() {
        for (var subscriber : subscribers()) {
            try {
                while (subscriber.perNode() ? stepOnNode(subscriber) : step(subscriber)) {
                    // A full batch: more may be waiting.
                }
            } catch (RuntimeException e) {
                LOG.warn("The change-feed subscription {} could not go on now; it tries again shortly", subscriber.name(), e);
            }
        }
    }

    /**
     * Replays the feed after {@code from} to one cluster-wide subscriber within the caller's transaction,
     * under its lock, with {@link Delivery#replay()} set; its position ends where the replay did. Events
     * recorded as failed for it are passed over as they were when it followed the feed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replay(FeedSubscriber target, FeedPosition from) {
        var subscriber = subscribers().stream().filter(s -> s.name().equals(target.subscription())).findFirst().orElseThrow();
        locks.lock(lockName(subscriber));
        var position = from;
        // What failed live is passed over again, so that a replay gives what following gave.
        var failed = new HashSet<>(db.sql("select xact, event_id from feed_failures where subscription = :s")
                .param("s", subscriber.name()).query((rs, n) -> new FeedPosition(rs.getLong(1), rs.getLong(2))).list());
        int applied = 0;
        while (true) {
            var batch = log.after(position, BATCH);
            if (batch.reached().equals(position)) break;
            batch.entries().stream().filter(entry -> !failed.contains(entry.position()))
                    .forEach(entry -> subscriber.apply(entry, true));
            subscriber.target().batchApplied(true);
            applied += batch.entries().size();
            position = batch.reached();
            if (!batch.full()) break;
        }
        move(subscriber.name(), position);
        return applied;
    }

    /** Waits until no node applies this subscription, and holds it for the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(FeedSubscriber subscriber) {
        locks.lock("feed:" + subscriber.subscription());
    }

    /** Where a subscription stands: everything up to here has been applied. */
    public FeedPosition position(String subscription) {
        var node = perNode.get(subscription);
        if (node != null) return node;
        return db.sql("select xact, event_id from feed_positions where subscription = :s").param("s", subscription)
                .query((rs, n) -> new FeedPosition(rs.getLong(1), rs.getLong(2))).optional().orElse(FeedPosition.START);
    }

    /** One batch in one transaction; true when it was full. */
    private boolean step(Subscriber subscriber) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (!locks.tryLock(lockName(subscriber))) return false;
                var position = storedPosition(subscriber);
                var batch = log.after(position, BATCH);
                if (batch.reached().equals(position)) return false;
                batch.entries().forEach(entry -> subscriber.apply(entry, false));
                subscriber.target().batchApplied(false);
                move(subscriber.name(), batch.reached());
                return batch.full();
            }));
        } catch (RuntimeException e) {
            if (databaseAway(e)) throw e;
            LOG.warn("The change-feed subscription {} failed on a batch; applying its events one at a time", subscriber.name(), e);
            stepAlone(subscriber);
            return true;
        }
    }

    /**
     * The failed batch's events each in a transaction of its own; one that fails alone is recorded and
     * passed over. Stops when another node has taken the subscription over meanwhile.
     */
    private void stepAlone(Subscriber subscriber) {
        var batch = transaction.execute(status -> log.after(storedPosition(subscriber), BATCH));
        for (var entry : batch.entries()) {
            try {
                if (!Boolean.TRUE.equals(transaction.execute(status -> aloneOrPassed(subscriber, entry, () -> {
                    subscriber.apply(entry, false);
                    subscriber.target().batchApplied(false);
                })))) return;
            } catch (RuntimeException e) {
                if (databaseAway(e)) throw e;
                LOG.error("The change-feed subscription {} failed on entry {} ({}); recorded and passed over",
                        subscriber.name(), entry.position(), entry.event().getClass().getSimpleName(), e);
                transaction.execute(status -> aloneOrPassed(subscriber, entry, () -> db.sql("""
                                insert into feed_failures (subscription, xact, event_id, error) values (:s, :x, :i, :e)""")
                        .param("s", subscriber.name()).param("x", entry.position().xact())
                        .param("i", entry.position().id()).param("e", String.valueOf(e)).update()));
            }
        }
    }

    /**
     * Under the subscription's lock, does what is given for one entry and moves the position past it;
     * false when another node holds the subscription now, true (doing nothing) when it has passed the entry.
     */
    private boolean aloneOrPassed(Subscriber subscriber, FeedEntry entry, Runnable work) {
        if (!locks.tryLock(lockName(subscriber))) return false;
        if (!entry.position().isAfter(storedPosition(subscriber))) return true;
        work.run();
        move(subscriber.name(), entry.position());
        return true;
    }

    /** A per-node subscriber: no transaction around it; an event it fails on is logged and passed over. */
    private boolean stepOnNode(Subscriber subscriber) {
        var node = (FeedSubscriber.PerNode) subscriber.target();
        var position = perNode.computeIfAbsent(subscriber.name(), name -> {
            var resume = node.resumeFrom();
            return resume == null ? log.head() : resume;
        });
        var batch = log.after(position, BATCH);
        if (batch.reached().equals(position)) {
            node.advancedTo(position);
            return false;
        }
        for (var entry : batch.entries()) {
            try {
                subscriber.apply(entry, false);
            } catch (RuntimeException e) {
                LOG.error("The change-feed subscription {} failed on entry {}; passed over", subscriber.name(), entry.position(), e);
            }
        }
        node.batchApplied(false);
        node.advancedTo(batch.reached());
        perNode.put(subscriber.name(), batch.reached());
        return batch.full();
    }

    private FeedPosition storedPosition(Subscriber subscriber) {
        var start = subscriber.target().startsAtHead() ? log.head() : FeedPosition.START;
        db.sql("insert into feed_positions (subscription, xact, event_id) values (:s, :x, :i) on conflict do nothing")
                .param("s", subscriber.name()).param("x", start.xact()).param("i", start.id()).update();
        return position(subscriber.name());
    }

    private void move(String subscription, FeedPosition position) {
        db.sql("update feed_positions set xact = :x, event_id = :i, moved_at = now() where subscription = :s")
                .param("s", subscription).param("x", position.xact()).param("i", position.id()).update();
    }

    /** Not the event's fault: the batch waits for the next round rather than being split or recorded. */
    private static boolean databaseAway(RuntimeException e) {
        return e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException || e instanceof TransactionException;
    }

    private static String lockName(Subscriber subscriber) {
        return "feed:" + subscriber.name();
    }


    private List<Subscriber> subscribers() {
        if (subscribers == null) subscribers = found.orderedStream().map(Subscriber::new).toList();
        return subscribers;
    }

    /** A subscriber and its {@code on} methods, found once per event type. */
    private static final class Subscriber {

        private final FeedSubscriber target;
        private final Object instance;
        private final Map<Class<?>, List<Method>> handlers = new ConcurrentHashMap<>();

        Subscriber(FeedSubscriber target) {
            this.target = target;
            // Methods are called on the object itself: a proxy would not pass package-private calls through.
            var unwrapped = AopProxyUtils.getSingletonTarget(target);
            this.instance = unwrapped != null ? unwrapped : target;
        }

        String name() {
            return target.subscription();
        }

        FeedSubscriber target() {
            return target;
        }

        boolean perNode() {
            return target instanceof FeedSubscriber.PerNode;
        }

        void apply(FeedEntry entry, boolean replay) {
            var delivery = new Delivery(entry.position(), entry.occurredAt(), replay);
            for (var method : handlers.computeIfAbsent(entry.event().getClass(), this::find)) {
                try {
                    if (method.getParameterCount() == 1) method.invoke(instance, entry.event());
                    else method.invoke(instance, entry.event(), delivery);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private List<Method> find(Class<?> eventType) {
            return Handlers.of(instance.getClass(), eventType);
        }
    }
}
