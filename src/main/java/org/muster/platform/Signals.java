package org.muster.platform;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one node tells every node, through PostgreSQL's NOTIFY: a signal sent in a transaction reaches
 * every listening node when that transaction commits, and never when it rolls back. Each node listens on
 * one connection of its own, read by one virtual thread. While that connection is down a node may miss
 * signals, so each listener is told when it may have missed some, and {@link #listening()} says whether
 * this node hears them now.
 */
@Component
public class Signals implements SmartLifecycle {

    /** What a module does with the signals of its channel. */
    public interface Listener {

        void heard(String payload);

        /** Signals may have been lost while this node did not listen: forget whatever they would have changed. */
        void missed();
    }

    /** The listening connection's name in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "muster signals";

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
    // How long one wait for signals lasts before the thread looks whether it should stop.
    private static final int WAIT_MILLIS = 1000;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final int ALIVE_SECONDS = 2;

    private final DataSource dataSource;
    private final JdbcClient db;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;

    Signals(DataSource dataSource, JdbcClient db) {
        this.dataSource = dataSource;
        this.db = db;
    }

    /** Sends in the caller's transaction; repeats of one payload within a transaction arrive once. */
    public void send(String channel, String payload) {
        db.sql("select pg_notify(:channel, :payload)").param("channel", channel).param("payload", payload)
                .query((rs, n) -> null).list();
    }

    /** Registers before the node starts listening, that is while the application starts. */
    public void listen(String channel, Listener listener) {
        if (!channel.matches("[a-z_]+")) throw new IllegalArgumentException("Not a channel name: " + channel);
        if (running) throw new IllegalStateException("Channels are listened to from the start: " + channel);
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Whether this node hears signals now: what it remembers is only safe to use while it does. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        if (!listeners.isEmpty()) thread = Thread.ofVirtual().name("signals").start(this::listenLoop);
    }

    /**
     * Lets the listening thread see that it should stop at the end of its current wait, so that its connection
     * goes back to the pool whole; only a thread still pausing after an outage is interrupted.
     */
    @Override
    public void stop() {
        running = false;
        var listener = thread;
        if (listener == null) return;
        try {
            if (!listener.join(Duration.ofMillis(WAIT_MILLIS + ALIVE_SECONDS * 1000L + 500))) {
                listener.interrupt();
                listener.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early, so that what other beans remember is checked from their first request, and late to stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }

    private void listenLoop() {
        var pause = Duration.ofMillis(500);
        boolean missed = false;
        try {
            while (running) {
                try (var connection = dataSource.getConnection()) {
                    connection.setAutoCommit(true);
                    // Named, so that an operator (and a test) can tell the node's ear among its connections.
                    connection.setClientInfo("ApplicationName", APPLICATION_NAME);
                    try (var statement = connection.createStatement()) {
                        for (var channel : listeners.keySet()) statement.execute("listen " + channel);
                    }
                    if (missed) {
                        LOG.info("Hearing the other nodes again");
                        listeners.values().forEach(each -> each.forEach(Listener::missed));
                        missed = false;
                    }
                    listening = true;
                    pause = Duration.ofMillis(500);
                    receive(connection);
                } catch (SQLException | RuntimeException e) {
                    // Anything but stopping is retried: a node that stopped listening would go on trusting what it remembers.
                    listening = false;
                    if (!running) return;
                    if (!missed) LOG.warn("Not hearing the other nodes while the database is away: {}", e.getMessage());
                    missed = true;
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                }
            }
        } finally {
            listening = false;
        }
    }

    /**
     * Hands each signal to its channel's listeners. A quiet second ends with a look at the connection: one
     * cut without a word (a failover, a dead network) would otherwise wait for ever while the node trusts
     * what it remembers.
     */
    private void receive(Connection connection) throws SQLException {
        var pg = connection.unwrap(PGConnection.class);
        while (running) {
            var signals = pg.getNotifications(WAIT_MILLIS);
            if (signals == null || signals.length == 0) {
                if (!connection.isValid(ALIVE_SECONDS)) throw new SQLException("The listening connection stopped answering");
                continue;
            }
            for (var signal : signals) {
                for (var listener : listeners.getOrDefault(signal.getName(), List.of())) hand(listener, signal.getParameter());
            }
        }
    }

    private static void hand(Listener listener, String payload) {
        try {
            listener.heard(payload);
        } catch (RuntimeException e) {
            LOG.warn("A signal could not be handled: {}", e.toString());
        }
    }
}
