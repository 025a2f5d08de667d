package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Where an admin sets the weights of the deflection estimate, with the formula they make. */
@Controller
class DeflectionPages {

    private final DeflectionWeights weights;

    DeflectionPages(DeflectionWeights weights) {
        this.weights = weights;
    }

    @GetMapping("/insights/self-service/deflection")
    String form(Actor actor, Model model) {
        actor.require(Role.ADMIN);
        var current = weights.weights(actor);
        model.addAttribute("form", DeflectionForm.of(current));
        model.addAttribute("weights", current);
        return "insights/deflection";
    }

    @PostMapping("/insights/self-service/deflection")
    String set(@ModelAttribute("form") DeflectionForm form, BindingResult errors, Actor actor, Model model) {
        FormErrors.requireBuilt(form, errors);
        actor.require(Role.ADMIN);
        try {
            weights.set(actor, form.toWeights());
            return "redirect:/insights/self-service/deflection";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("weights", weights.weights(actor));
            return "insights/deflection";
        }
    }
}
