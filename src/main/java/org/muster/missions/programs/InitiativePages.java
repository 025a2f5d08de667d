package org.muster.missions.programs;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.ReturnPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A program's initiative for its partners' people: invitations, the plan they update, their posts and their sponsorship. */
@Controller
class InitiativePages {

    private final Initiatives initiatives;

    InitiativePages(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping("/initiatives/{slug}")
    String initiative(@PathVariable String slug, Actor actor, Model model) {
        model.addAttribute("initiative", initiatives.initiative(actor, slug));
        return "missions/initiative";
    }

    @PostMapping("/initiatives/{slug}/updates")
    String post(@PathVariable String slug, @RequestParam(required = false) String body, Actor actor, RedirectAttributes redirect) {
        initiatives.post(actor, slug, body);
        Done.tell(redirect, "initiative.update.done");
        return "redirect:/initiatives/" + slug + "#updates";
    }

    @PostMapping("/initiatives/{slug}/milestones/{id}")
    String milestone(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "false") boolean done,
                     @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect) {
        var milestone = initiatives.updateMilestone(actor, id, done, note);
        Done.tell(redirect, "initiative.milestone.done", milestone.title());
        return "redirect:/initiatives/" + slug + "#plan";
    }

    /**
     * A visitor is asked to sign up or log in first, and comes back here after the log-in. The token is
     * a query parameter, as in the verification link: request logs record paths, and it is a credential.
     */
    @GetMapping("/initiatives/invitation")
    String invitation(@RequestParam(required = false) String token, Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("invitation", initiatives.invitation(token));
        model.addAttribute("token", token);
        if (actor.isVisitor()) ReturnPaths.remember(request, "/initiatives/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return "missions/invitation";
    }

    @PostMapping("/initiatives/invitation")
    String accept(@RequestParam(required = false) String token, Actor actor, RedirectAttributes redirect) {
        var program = initiatives.accept(actor, token);
        Done.tell(redirect, "initiative.invitation.accepted", program.name());
        return "redirect:/initiatives/" + program.slug();
    }

    @PostMapping("/partners/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam String program, @RequestParam(required = false) String email, Actor actor,
                  RedirectAttributes redirect) {
        initiatives.invite(actor, id, email);
        Done.tell(redirect, "initiative.invited", email.strip());
        return "redirect:/programs/" + program + "#partners";
    }
}
