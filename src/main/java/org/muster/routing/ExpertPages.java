package org.muster.routing;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The question page's routing panel (loaded with htmx: staff see who was asked and why, the asked
 * member can decline) and the member's own page of limits on being asked.
 */
@Controller
class ExpertPages {

    private final ExpertRouting routing;

    ExpertPages(ExpertRouting routing) {
        this.routing = routing;
    }

    /**
     * The preferences form as typed: the maximum stays text so that a wrong number is shown beside its
     * field; an unticked box sends nothing, so paused may be null.
     */
    record PreferencesForm(String weeklyMaximum, Boolean paused) {

        boolean isPaused() {
            return Boolean.TRUE.equals(paused);
        }
    }

    @GetMapping("/routing/questions/{id}")
    String panel(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("questionId", id);
        model.addAttribute("mine", routing.mine(actor, id).orElse(null));
        model.addAttribute("asked", actor.isStaff() ? routing.asked(actor, id) : java.util.List.of());
        return "routing/experts :: panel";
    }

    @PostMapping("/routing/questions/{id}/decline")
    String decline(@PathVariable long id, Actor actor) {
        routing.decline(actor, id);
        return "redirect:/questions/" + id;
    }

    @GetMapping("/routing/preferences")
    String preferences(Actor actor, Model model) {
        var saved = routing.preferences(actor);
        model.addAttribute("form", new PreferencesForm(saved.weeklyMaximum() == null ? "" : saved.weeklyMaximum().toString(),
                saved.paused()));
        return "routing/preferences";
    }

    @PostMapping("/routing/preferences")
    String savePreferences(@ModelAttribute("form") PreferencesForm form, Actor actor, Model model,
                           HttpServletResponse response) {
        try {
            var maximum = FormNumbers.optional("weeklyMaximum", form.weeklyMaximum());
            routing.savePreferences(actor, new ExpertPreferences(maximum == null ? null
                    // out of range either way: the service refuses it beside the field
                    : (int) Math.max(-1, Math.min(maximum, ExpertPreferences.MOST + 1)), form.isPaused()));
        } catch (MusterException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors.show(model, "form", form, refused);
            return "routing/preferences";
        }
        return "redirect:/routing/preferences?saved";
    }
}
