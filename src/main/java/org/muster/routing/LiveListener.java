package org.muster.routing;

import org.muster.platform.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's ear on the {@value LiveSignals#CHANNEL} channel: hands each change to this node's live
 * pages. When signals may have been missed (the database went away), every page fetches its live parts
 * again.
 */
@Component
@ConditionalOnWebApplication
class LiveListener implements SmartLifecycle, Signals.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(LiveListener.class);

    private final LiveClients clients;
    private volatile boolean running;

    LiveListener(Signals signals, LiveClients clients) {
        this.clients = clients;
        signals.listen(LiveSignals.CHANNEL, this);
    }

    @Override
    public void heard(String payload) {
        LiveMessage.parse(payload).ifPresentOrElse(clients::tell, () -> LOG.debug("Live change not understood: {}", payload));
    }

    @Override
    public void missed() {
        clients.tellEverything();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for every open stream. */
    @Override
    public void stop() {
        running = false;
        clients.closeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
