package org.muster.missions.tasks;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Staff's review of task submissions: many at once, with who sent what for which mission. */
@Controller
class ReviewPages {

    record ReviewForm(List<Long> ids, String decision, String note) {
    }

    private final Tasks tasks;

    ReviewPages(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/missions/review")
    String page(Actor actor, Model model) {
        if (!model.containsAttribute("reviewForm")) model.addAttribute("reviewForm", new ReviewForm(List.of(), "", ""));
        model.addAttribute("pending", tasks.pending(actor));
        return "missions/review";
    }

    @PostMapping("/missions/review")
    String review(Actor actor, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        try {
            int reviewed = tasks.reviewAll(actor, form.ids(), form.decision(), form.note());
            Done.tell(redirect, "missions.review.done." + form.decision(), reviewed);
            return "redirect:/missions/review";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return page(actor, model);
        }
    }
}
