package org.muster.missions.programs;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's page: partners and their goal, the plan of milestones, and for staff budgets, sponsor pools and forms. */
@Controller
class ProgramsPages {

    private final Partners partners;

    ProgramsPages(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/programs/{slug}")
    String program(@PathVariable String slug, Actor actor, Model model) {
        model.addAttribute("overview", partners.overview(actor, slug));
        model.addAttribute("kinds", Partners.KINDS);
        // A new key per page view: submitting the same form twice records the contribution once.
        model.addAttribute("formKey", java.util.UUID.randomUUID().toString());
        return "missions/program";
    }

    /** The page a brand links from its own site: public once the program is published. */
    @GetMapping("/join/{slug}")
    String landing(@PathVariable String slug, Actor actor, Model model) {
        model.addAttribute("landing", partners.landing(actor, slug));
        return "missions/join";
    }

    @PostMapping("/programs/{slug}/published")
    String publish(@PathVariable String slug, @RequestParam boolean published, Actor actor, RedirectAttributes redirect) {
        partners.publish(actor, slug, published);
        Done.tell(redirect, published ? "program.published.done" : "program.unpublished.done");
        return "redirect:/programs/" + slug;
    }

    @PostMapping("/programs/{slug}/partners")
    String partner(@PathVariable String slug, @RequestParam String name, @RequestParam String kind,
                   @RequestParam(required = false) String goal, Actor actor) {
        partners.add(actor, slug, name, kind, goal);
        return "redirect:/programs/" + slug + "#partners";
    }

    @PostMapping("/partners/{id}/sponsorships")
    String sponsor(@PathVariable long id, @RequestParam String program, @RequestParam String currency,
                   @RequestParam(required = false) String amount, @RequestParam(required = false) String toBudget,
                   @RequestParam String key, Actor actor) {
        partners.sponsor(actor, id, currency, FormNumbers.optional("amount", amount), FormNumbers.optional("toBudget", toBudget), key);
        return "redirect:/programs/" + program + "#partners";
    }

    @PostMapping("/programs/{slug}/milestones")
    String milestone(@PathVariable String slug, @RequestParam String title, @RequestParam(required = false) String owner,
                     @RequestParam(required = false) String dueOn, @RequestParam(required = false) String ownerPartnerId, Actor actor) {
        partners.addMilestone(actor, slug, title, owner, FormNumbers.date("dueOn", dueOn), FormNumbers.optional("ownerPartnerId", ownerPartnerId));
        return "redirect:/programs/" + slug + "#plan";
    }

    @PostMapping("/milestones/{id}/done")
    String done(@PathVariable long id, @RequestParam String program, Actor actor) {
        partners.completeMilestone(actor, id);
        return "redirect:/programs/" + program + "#plan";
    }
}
