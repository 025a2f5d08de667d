package org.muster.routing;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * This node's ear on the {@value LiveSignals#CHANNEL} channel: one connection of its own that only
 * listens, read by one virtual thread, which hands each change to this node's live pages. When the
 * database goes away it connects again, and since changes may have been missed meanwhile, every page
 * fetches its live parts again.
 */
@Component
@ConditionalOnWebApplication
class LiveListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveListener.class);
    // How long one wait for notifications lasts before the thread looks whether it should stop.
    private static final int WAIT_MILLIS = 1000;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final LiveClients clients;
    private volatile boolean running;
    private volatile Thread thread;

    LiveListener(DataSource dataSource, LiveClients clients) {
        this.dataSource = dataSource;
        this.clients = clients;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("live-listener").start(this::listen);
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for every open stream. */
    @Override
    public void stop() {
        running = false;
        var listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clients.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        var pause = Duration.ofMillis(500);
        boolean missed = false;
        while (running) {
            try (var connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + LiveSignals.CHANNEL);
                }
                if (missed) {
                    LOG.info("Listening for live changes again");
                    clients.tellEverything();
                    missed = false;
                }
                pause = Duration.ofMillis(500);
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                // Anything but stopping is retried: a listener that died would leave every page quietly stale.
                if (!running) return;
                if (!missed) LOG.warn("Live changes are not heard while the database is away: {}", e.getMessage());
                missed = true;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        var pg = connection.unwrap(PGConnection.class);
        while (running) {
            var notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications == null) continue;
            for (var notification : notifications) {
                LiveMessage.parse(notification.getParameter()).ifPresentOrElse(clients::tell,
                        () -> LOG.debug("Live change not understood: {}", notification.getParameter()));
            }
        }
    }
}
