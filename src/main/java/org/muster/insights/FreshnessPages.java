package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Where an admin sets the age from which the freshness figures count a solution as old. */
@Controller
class FreshnessPages {

    /** The months as typed. */
    record MonthsForm(String months) {
    }

    private final FreshnessSettings settings;

    FreshnessPages(FreshnessSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/insights/health/freshness")
    String form(Actor actor, Model model) {
        actor.require(Role.ADMIN);
        model.addAttribute("form", new MonthsForm(String.valueOf(settings.months(actor))));
        return "insights/freshness";
    }

    @PostMapping("/insights/health/freshness")
    String set(@ModelAttribute("form") MonthsForm form, BindingResult errors, Actor actor) {
        FormErrors.requireBuilt(form, errors);
        actor.require(Role.ADMIN);
        try {
            settings.setMonths(actor, FormNumbers.optional("months", form.months()));
            return "redirect:/insights/health#metric-freshness";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return "insights/freshness";
        }
    }
}
