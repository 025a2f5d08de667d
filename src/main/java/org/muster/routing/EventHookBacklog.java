package org.muster.routing;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How far outbound event webhooks lag: a figure for the site's operators' monitoring. */
@Component
@NamedInterface("backlog")
public class EventHookBacklog {

    private final EventHookRepository hooks;

    EventHookBacklog(EventHookRepository hooks) {
        this.hooks = hooks;
    }

    /** Deliveries waiting in the outbox (never sent yet, or to be tried again). */
    @Transactional(readOnly = true)
    public long pendingDeliveries() {
        return hooks.countPending();
    }
}
