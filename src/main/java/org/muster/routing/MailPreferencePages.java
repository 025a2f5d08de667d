package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;

@Controller
class MailPreferencePages {

    private final MailPreferenceService preferences;

    MailPreferencePages(MailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/settings/notifications/mail")
    String form(Actor actor, Model model) {
        model.addAttribute("form", preferences.preferences(actor));
        return page(model);
    }

    @PostMapping("/settings/notifications/mail")
    String change(Actor actor, @ModelAttribute("form") MailPreferences form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        try {
            preferences.change(actor, form);
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return page(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings/notifications/mail";
    }

    private static String page(Model model) {
        model.addAttribute("days", DayOfWeek.values());
        return "routing/mail-preferences";
    }
}
