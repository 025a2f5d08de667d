package org.muster.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Instant;

/** The ladder's admin pages, the staff's "Waiting for staff" list and the timeline on the question page. */
@Controller
class LadderPages {

    private final LadderSettings settings;
    private final LadderTimeline timeline;
    private final SpaceService spaces;

    LadderPages(LadderSettings settings, LadderTimeline timeline, SpaceService spaces) {
        this.settings = settings;
        this.timeline = timeline;
        this.spaces = spaces;
    }

    @GetMapping("/admin/ladder")
    String ladders(Actor actor, Model model) {
        model.addAttribute("ladders", settings.ladders(actor));
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "routing/ladders";
    }

    @GetMapping("/admin/spaces/{slug}/ladder")
    String ladder(@PathVariable String slug, Actor actor, Model model) {
        model.addAttribute("form", LadderForm.of(settings.ladder(actor, slug)));
        return ladderPage(slug, actor, model);
    }

    @PostMapping("/admin/spaces/{slug}/ladder")
    String setLadder(@PathVariable String slug, @ModelAttribute("form") LadderForm form, BindingResult errors,
                     Actor actor, Model model) {
        FormErrors.requireBuilt(form, errors);
        try {
            settings.set(actor, slug, form.toLadder());
            return "redirect:/admin/ladder";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return ladderPage(slug, actor, model);
        }
    }

    @GetMapping("/staff/waiting")
    String waiting(Actor actor, Model model) {
        model.addAttribute("waiting", timeline.waiting(actor, Instant.now()));
        return "routing/waiting";
    }

    /** Loaded by the question page; without JavaScript the page links here. */
    @GetMapping("/timeline/{id}")
    String timeline(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("timeline", timeline.timeline(actor, id));
        return request.getHeader("HX-Request") != null ? "routing/timeline :: panel" : "routing/timeline";
    }

    private String ladderPage(String slug, Actor actor, Model model) {
        actor.require(Role.ADMIN);
        model.addAttribute("space", spaces.view(actor, slug).space());
        return "routing/ladder";
    }
}
