package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Admins' event hooks: subscribe an endpoint, switch it off and on, rotate its secret, see and replay deliveries. */
@Service
class EventHooks {

    /** What an admin subscribes: format {@code muster} (default) or {@code slack}; internal endpoints get what visitors cannot see. */
    record NewEventHook(String name, String url, List<String> events, String format, Boolean internal) {
    }

    static final List<String> STATUSES = List.of("", "pending", "sent", "dead", "withheld");

    private final EventHookRepository hooks;
    private final EventHookAddress addresses;
    private final ApplicationEventPublisher events;

    EventHooks(EventHookRepository hooks, EventHookAddress addresses, ApplicationEventPublisher events) {
        this.hooks = hooks;
        this.addresses = addresses;
        this.events = events;
    }

    /** Creates the hook with a new secret; the returned record is the only time the whole secret is shown. */
    @Transactional
    public EventHook subscribe(Actor actor, NewEventHook input) {
        actor.require(Role.ADMIN);
        var name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || InputText.visibleLength(name) > 100) throw new Invalid("name", "eventhook.name");
        var url = input.url() == null ? "" : input.url().strip();
        var refusal = addresses.refusal(url);
        if (refusal.isPresent()) throw new Invalid("url", refusal.get());
        var format = format(input.format());
        boolean internal = Boolean.TRUE.equals(input.internal());
        var types = new LinkedHashSet<String>();
        for (var requested : input.events() == null ? List.<String>of() : input.events()) {
            var type = EventHookType.named(requested == null ? "" : requested.strip())
                    .orElseThrow(() -> new Invalid("events", "eventhook.events.unknown", String.valueOf(requested)));
            if (type.internalOnly() && !internal) throw new Invalid("events", "eventhook.events.internal", type.publicName());
            types.add(type.publicName());
        }
        if (types.isEmpty()) throw new Invalid("events", "eventhook.events");
        long id = hooks.insert(name, url, Secrets.generate("whsec_"), format, internal, List.copyOf(types));
        events.publishEvent(new EventHookAdded(id, actor.memberId()));
        return hooks.find(id).orElseThrow();
    }

    public List<EventHookType> catalogue(Actor actor) {
        actor.require(Role.ADMIN);
        return List.of(EventHookType.values());
    }

    @Transactional(readOnly = true)
    public List<EventHook> list(Actor actor) {
        actor.require(Role.ADMIN);
        return hooks.list();
    }

    @Transactional
    public EventHook setActive(Actor actor, long id, boolean active) {
        actor.require(Role.ADMIN);
        hooks.find(id).orElseThrow(NotFound::new);
        hooks.updateActive(id, active);
        events.publishEvent(active ? new EventHookEnabled(id, actor.memberId()) : new EventHookDisabled(id, actor.memberId()));
        return hooks.find(id).orElseThrow();
    }

    /** A new secret signs every delivery sent from now on, retries included; it is shown whole only in this answer. */
    @Transactional
    public EventHook rotateSecret(Actor actor, long id) {
        actor.require(Role.ADMIN);
        hooks.find(id).orElseThrow(NotFound::new);
        hooks.updateSecret(id, Secrets.generate("whsec_"));
        events.publishEvent(new EventHookSecretRotated(id, actor.memberId()));
        return hooks.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<EventHookDelivery> deliveries(Actor actor, String status, Long hookId) {
        actor.require(Role.ADMIN);
        var wanted = status == null ? "" : status.strip();
        if (!STATUSES.contains(wanted)) throw new Invalid("status", "eventhook.delivery.status");
        return hooks.listDeliveries(wanted, hookId, 200);
    }

    @Transactional
    public void replay(Actor actor, long deliveryId) {
        actor.require(Role.ADMIN);
        if (!hooks.replay(deliveryId)) throw new NotFound();
        events.publishEvent(new EventHookDeliveryReplayed(deliveryId, actor.memberId()));
    }

    private static EventHookFormat format(String format) {
        if (format == null || format.isBlank()) return EventHookFormat.MUSTER;
        try {
            return EventHookFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("format", "eventhook.format");
        }
    }
}
