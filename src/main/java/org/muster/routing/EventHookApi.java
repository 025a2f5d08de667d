package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Event hooks")
class EventHookApi {

    record ActiveInput(Boolean active) {
    }

    record CatalogueEntry(String type, boolean internalOnly) {
    }

    private final EventHooks hooks;

    EventHookApi(EventHooks hooks) {
        this.hooks = hooks;
    }

    @GetMapping("/api/v1/admin/event-hooks/catalogue")
    @Operation(summary = "The event types an endpoint may subscribe to; internalOnly ones only by endpoints marked internal")
    List<CatalogueEntry> catalogue(Actor actor) {
        return hooks.catalogue(actor).stream().map(t -> new CatalogueEntry(t.publicName(), t.internalOnly())).toList();
    }

    @GetMapping("/api/v1/admin/event-hooks")
    @Operation(summary = "Admins: outbound event hooks (secrets shown only as a hint)")
    List<EventHookJson> list(Actor actor) {
        return hooks.list(actor).stream().map(h -> EventHookJson.of(h, false)).toList();
    }

    @PostMapping("/api/v1/admin/event-hooks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: subscribe an endpoint {name, url (https), events (catalogue types), format (muster|slack), "
            + "internal (gets what visitors cannot see)}; the answer holds its signing secret, once")
    EventHookJson subscribe(@RequestBody EventHooks.NewEventHook input, Actor actor) {
        return EventHookJson.of(hooks.subscribe(actor, input), true);
    }

    @PatchMapping("/api/v1/admin/event-hooks/{id}")
    @Operation(summary = "Admins: switch an event hook on or off {active}; while off its deliveries wait")
    EventHookJson setActive(@PathVariable long id, @RequestBody ActiveInput input, Actor actor) {
        return EventHookJson.of(hooks.setActive(actor, id, !Boolean.FALSE.equals(input.active())), false);
    }

    @PostMapping("/api/v1/admin/event-hooks/{id}/secret")
    @Operation(summary = "Admins: give an event hook a new signing secret; the answer holds it, once")
    EventHookJson rotateSecret(@PathVariable long id, Actor actor) {
        return EventHookJson.of(hooks.rotateSecret(actor, id), true);
    }

    @GetMapping("/api/v1/admin/event-hooks/deliveries")
    @Operation(summary = "Admins: event-hook deliveries, newest first, of one hook or all; status=dead lists the dead letters "
            + "(pending|sent|dead|withheld)")
    List<EventHookDelivery> deliveries(@RequestParam(required = false) String status, @RequestParam(required = false) Long hook,
                                       Actor actor) {
        return hooks.deliveries(actor, status, hook);
    }

    @PostMapping("/api/v1/admin/event-hooks/deliveries/{id}/replay")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Admins: send a dead delivery again, with a fresh set of retries")
    void replay(@PathVariable long id, Actor actor) {
        hooks.replay(actor, id);
    }
}
