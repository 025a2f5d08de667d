package org.muster.routing;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.stream.Collectors;

/** The admin page of outbound event hooks: subscribe, switch off and on, rotate, recent deliveries and dead letters. */
@Controller
class EventHookPages {

    private final EventHooks hooks;

    EventHookPages(EventHooks hooks) {
        this.hooks = hooks;
    }

    @GetMapping("/admin/event-hooks")
    String page(Actor actor, Model model) {
        var list = hooks.list(actor);
        model.addAttribute("hooks", list);
        model.addAttribute("hookNames", list.stream().collect(Collectors.toMap(EventHook::id, EventHook::name)));
        model.addAttribute("catalogue", hooks.catalogue(actor));
        model.addAttribute("recent", hooks.deliveries(actor, "", null).stream().limit(30).toList());
        model.addAttribute("dead", hooks.deliveries(actor, "dead", null));
        return "routing/event-hooks";
    }

    @PostMapping("/admin/event-hooks")
    String subscribe(@RequestParam String name, @RequestParam String url,
                     @RequestParam(required = false) List<String> events, @RequestParam(required = false) String format,
                     @RequestParam(required = false) Boolean internal, Actor actor, Model model) {
        var hook = hooks.subscribe(actor, new EventHooks.NewEventHook(name, url, events, format, internal));
        model.addAttribute("shown", hook);
        return page(actor, model);
    }

    @PostMapping("/admin/event-hooks/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean on, Actor actor) {
        hooks.setActive(actor, id, on);
        return "redirect:/admin/event-hooks";
    }

    @PostMapping("/admin/event-hooks/{id}/secret")
    String rotateSecret(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("shown", hooks.rotateSecret(actor, id));
        return page(actor, model);
    }

    @PostMapping("/admin/event-hooks/deliveries/{id}/replay")
    String replay(@PathVariable long id, Actor actor) {
        hooks.replay(actor, id);
        return "redirect:/admin/event-hooks";
    }
}
