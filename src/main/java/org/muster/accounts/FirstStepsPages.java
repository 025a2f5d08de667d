package org.muster.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.CurrentActor;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The first-steps tips the home page shows a new member (the layout's {@code welcome} fragment reads
 * {@code firstSteps}), and hiding them. Looked up only when a page shows the fragment.
 */
@Controller
@ControllerAdvice(annotations = Controller.class)
class FirstStepsPages {

    private final FirstSteps steps;

    FirstStepsPages(FirstSteps steps) {
        this.steps = steps;
    }

    @ModelAttribute
    void firstSteps(HttpServletRequest request, Model model) {
        var actor = CurrentActor.of(request);
        if (actor.isVisitor()) return;
        model.addAttribute("firstSteps", new LazyContextVariable<Boolean>() {
            @Override
            protected Boolean loadValue() {
                return steps.due(actor);
            }
        });
    }

    @PostMapping("/first-steps/dismiss")
    String dismiss(Actor actor, RedirectAttributes redirect) {
        steps.dismiss(actor);
        Done.tell(redirect, "first-steps.dismissed");
        return "redirect:/";
    }
}
