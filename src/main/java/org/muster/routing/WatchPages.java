package org.muster.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.muster.qa.QuestionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The watch button of the tag and space pages (qa's pages load it with htmx; without JavaScript their link
 * opens it as a page of its own) and the list of what a member watches.
 */
@Controller
class WatchPages {

    private final WatchService watches;
    private final QuestionService questions;

    WatchPages(WatchService watches, QuestionService questions) {
        this.watches = watches;
        this.questions = questions;
    }

    @GetMapping("/watching/tags/{name}")
    String tag(@PathVariable String name, Actor actor, HttpServletRequest request, Model model) {
        return button(model, request, "tag", name, "/watching/tags/" + path(name), "/tags/" + path(name),
                watches.watchingTag(actor, name));
    }

    @PostMapping("/watching/tags/{name}")
    String watchTag(@PathVariable String name, @RequestParam boolean watching,
                    @RequestParam(required = false) String from, Actor actor, HttpServletRequest request, Model model) {
        watches.watchTag(actor, name, watching);
        if ("watching".equals(from)) return "redirect:/settings/watching";
        if (request.getHeader("HX-Request") == null) return "redirect:/tags/" + path(name);
        return button(model, request, "tag", name, "/watching/tags/" + path(name), "/tags/" + path(name), watching);
    }

    @GetMapping("/watching/spaces/{slug}")
    String space(@PathVariable String slug, Actor actor, HttpServletRequest request, Model model) {
        return button(model, request, "space", slug, "/watching/spaces/" + path(slug), "/spaces/" + path(slug),
                watches.watchingSpace(actor, slug));
    }

    @PostMapping("/watching/spaces/{slug}")
    String watchSpace(@PathVariable String slug, @RequestParam boolean watching,
                      @RequestParam(required = false) String from, Actor actor, HttpServletRequest request, Model model) {
        watches.watchSpace(actor, slug, watching);
        if ("watching".equals(from)) return "redirect:/settings/watching";
        if (request.getHeader("HX-Request") == null) return "redirect:/spaces/" + path(slug);
        return button(model, request, "space", slug, "/watching/spaces/" + path(slug), "/spaces/" + path(slug), watching);
    }

    @GetMapping("/settings/watching")
    String watching(Actor actor, Model model) {
        model.addAttribute("watching", watches.watching(actor));
        return "routing/watching";
    }

    @PostMapping("/settings/watching/questions/{id}")
    String stopQuestion(@PathVariable long id, Actor actor) {
        questions.watch(actor, id, false);
        return "redirect:/settings/watching";
    }

    private static String button(Model model, HttpServletRequest request, String topic, String name, String action,
                                 String back, boolean watching) {
        model.addAttribute("topic", topic);
        model.addAttribute("name", name);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("watchingTopic", watching);
        return request.getHeader("HX-Request") != null ? "routing/watch :: button" : "routing/watch";
    }

    private static String path(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }
}
