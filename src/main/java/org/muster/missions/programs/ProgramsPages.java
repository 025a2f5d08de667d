package org.muster.missions.programs;

import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's page: partners and their goal, the plan of milestones, and for staff budgets, sponsor pools and forms. */
@Controller
class ProgramsPages {

    record PartnerForm(String name, String kind, String goal) {
    }

    /** partner: which partner's form was sent, so only that one shows what was typed and what was wrong. */
    record SponsorForm(Long partner, String currency, String amount, String toBudget, String key) {
    }

    record MilestoneForm(String title, String owner, String dueOn, String ownerPartnerId) {
    }

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
        if (!model.containsAttribute("partnerForm")) model.addAttribute("partnerForm", new PartnerForm("", Partners.KINDS.getFirst(), ""));
        if (!model.containsAttribute("sponsorForm")) model.addAttribute("sponsorForm", new SponsorForm(null, "points", "", "", ""));
        if (!model.containsAttribute("milestoneForm")) model.addAttribute("milestoneForm", new MilestoneForm("", "", "", ""));
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
    String partner(@PathVariable String slug, @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors, Actor actor,
                   Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        try {
            var partner = partners.add(actor, slug, form.name(), form.kind(), form.goal());
            Done.tell(redirect, "program.partner.added", partner.name());
            return "redirect:/programs/" + slug + "#partners";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return program(slug, actor, model);
        }
    }

    /** Amounts in points are whole numbers; in a currency they are typed in its units ("12.50") and kept in minor units. */
    @PostMapping("/partners/{id}/sponsorships")
    String sponsor(@PathVariable long id, @RequestParam String program, @ModelAttribute("sponsorForm") SponsorForm form,
                   BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        boolean points = "points".equalsIgnoreCase(form.currency() == null ? "" : form.currency().strip());
        var amount = checks.read(() -> points ? FormNumbers.optional("amount", form.amount())
                : FormNumbers.money("amount", form.amount(), form.currency()));
        var toBudget = checks.read(() -> points ? FormNumbers.optional("toBudget", form.toBudget())
                : FormNumbers.money("toBudget", form.toBudget(), form.currency()));
        try {
            checks.refuseIfAny();
            var view = partners.sponsor(actor, id, form.currency(), amount, toBudget, form.key());
            Done.tell(redirect, "program.sponsorship.recorded", view.partner().name());
            return "redirect:/programs/" + program + "#partners";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return program(program, actor, model);
        }
    }

    @PostMapping("/programs/{slug}/milestones")
    String milestone(@PathVariable String slug, @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors,
                     Actor actor, Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        var dueOn = checks.read(() -> FormNumbers.date("dueOn", form.dueOn()));
        var ownerPartner = checks.read(() -> FormNumbers.optional("ownerPartnerId", form.ownerPartnerId()));
        try {
            checks.add(partners.checkMilestone(actor, form.title(), form.owner(), form.ownerPartnerId() != null && !form.ownerPartnerId().isBlank()));
            checks.refuseIfAny();
            var milestone = partners.addMilestone(actor, slug, form.title(), form.owner(), dueOn, ownerPartner);
            Done.tell(redirect, "program.milestone.added", milestone.title());
            return "redirect:/programs/" + slug + "#plan";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return program(slug, actor, model);
        }
    }

    @PostMapping("/milestones/{id}/done")
    String done(@PathVariable long id, @RequestParam String program, Actor actor, RedirectAttributes redirect) {
        var milestone = partners.completeMilestone(actor, id);
        Done.tell(redirect, "program.milestone.completed", milestone.title());
        return "redirect:/programs/" + program + "#plan";
    }
}
