package org.muster.rewards;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Conflict;
import org.muster.platform.Role;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * "My rewards": balances, pending earnings, history, the catalog, one's redemptions and payouts; for
 * staff also the catalog's upkeep, merchandise to send and cash payout batches.
 */
@Controller
class RewardsPages {

    record ItemForm(String name, String description, String kind, String cost, String stock, String perMemberLimit) {
    }

    /** member: an @handle or an e-mail address, as the member picker fills it in or staff type it. */
    record GrantForm(String member, String direction, String points, String reason, String key) {
    }

    private final Rewards rewards;
    private final Catalog catalog;
    private final Payouts payouts;
    private final Members members;

    RewardsPages(Rewards rewards, Catalog catalog, Payouts payouts, Members members) {
        this.rewards = rewards;
        this.catalog = catalog;
        this.payouts = payouts;
        this.members = members;
    }

    @GetMapping("/rewards/grants")
    String grants(Actor actor, Model model) {
        // A new key per form shown: submitting the same form twice gives the points once.
        if (!model.containsAttribute("grantForm"))
            model.addAttribute("grantForm", new GrantForm("", "grant", "", "", java.util.UUID.randomUUID().toString()));
        model.addAttribute("postings", rewards.staffPostings(actor));
        return "rewards/grants";
    }

    @PostMapping("/rewards/grants")
    String grant(Actor actor, @ModelAttribute("grantForm") GrantForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        actor.require(Role.STAFF);
        var checks = new Checks();
        var member = member(checks, form.member());
        var points = checks.read(() -> FormNumbers.parse("points", form.points()));
        boolean deduct = "deduct".equals(form.direction());
        try {
            checks.check(points == null || points > 0 && points <= 1_000_000, "points", "rewards.points");
            checks.check(form.reason() != null && InputText.fits(form.reason().strip(), 3, 500), "reason", "rewards.reason");
            checks.refuseIfAny();
            if (deduct) rewards.deduct(actor, member.id(), points, form.reason(), form.key());
            else rewards.grant(actor, member.id(), points, form.reason(), null, form.key());
            Done.tell(redirect, deduct ? "rewards.grant.deducted" : "rewards.grant.granted", points, member.displayName());
            return "redirect:/rewards/grants";
        } catch (Invalid | Conflict refused) {
            // Not enough points to take back names no field: it heads the form.
            FormErrors.reject(errors, refused);
            return grants(actor, model);
        }
    }

    /** The member an @handle or an e-mail address names; unknown ones are refused beside the field. */
    private org.muster.accounts.MentionCandidate member(Checks checks, String typed) {
        var text = typed == null ? "" : typed.strip();
        java.util.Optional<org.muster.accounts.MentionCandidate> found = java.util.Optional.empty();
        if (text.indexOf('@') > 0) {
            found = members.findByEmail(text).map(m -> new org.muster.accounts.MentionCandidate(m.id(), "", m.displayName()));
        } else if (text.length() > 1 && text.length() <= 60) {
            var handle = text.startsWith("@") ? text.substring(1) : text;
            found = members.mentionable(List.of(handle)).values().stream().filter(c -> c.handle().equalsIgnoreCase(handle)).findFirst();
        }
        checks.check(found.isPresent(), "member", text.isEmpty() ? "rewards.grant.member.missing" : "rewards.grant.member", text);
        return found.orElse(null);
    }

    record AddressForm(String name, String street, String postcode, String city, String country) {

        ShippingAddress address() {
            return new ShippingAddress(name, street, postcode, city, country);
        }
    }

    @GetMapping("/rewards")
    String page(Actor actor, Model model) {
        if (!model.containsAttribute("itemForm")) model.addAttribute("itemForm", new ItemForm("", "", Catalog.KINDS.getFirst(), "", "", ""));
        var mine = rewards.mine(actor);
        model.addAttribute("mine", mine);
        model.addAttribute("items", catalog.list());
        model.addAttribute("choices", catalog.choices(actor, mine.available()));
        model.addAttribute("redemptions", catalog.mine(actor));
        model.addAttribute("payouts", payouts.mine(actor));
        model.addAttribute("kinds", Catalog.KINDS);
        model.addAttribute("batches", actor.isStaff() ? payouts.batches(actor) : List.of());
        model.addAttribute("toSend", actor.isStaff() ? catalog.awaitingFulfilment(actor) : List.of());
        return "rewards/rewards";
    }

    /** Merchandise asks where to send it; this page is also the confirmation of what the redemption spends. */
    @GetMapping("/rewards/items/{slug}/redeem")
    String address(@PathVariable String slug, Actor actor, Model model) {
        if (!model.containsAttribute("addressForm")) model.addAttribute("addressForm", new AddressForm("", "", "", "", ""));
        model.addAttribute("item", catalog.item(slug));
        model.addAttribute("mine", rewards.mine(actor));
        return "rewards/redeem";
    }

    @PostMapping("/rewards/items/{slug}/redeem")
    String redeem(@PathVariable String slug, @ModelAttribute("addressForm") AddressForm form, BindingResult errors, Actor actor,
                  Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var item = catalog.item(slug);
        ShippingAddress address = null;
        if (item.kind().equals("merchandise")) {
            address = form.address();
            address.problems().forEach(problem -> FormErrors.reject(errors, problem));
            if (errors.hasErrors()) return address(slug, actor, model);
        }
        var redemption = catalog.redeem(actor, slug, address);
        Done.tell(redirect, item.kind().equals("merchandise") ? "rewards.done.redeemed.merchandise" : "rewards.done.redeemed",
                redemption.itemName(), redemption.cost());
        return "redirect:/rewards#redemptions";
    }

    @PostMapping("/rewards/items")
    String create(Actor actor, @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        var cost = checks.read(() -> FormNumbers.parse("cost", form.cost()));
        var stock = checks.read(() -> FormNumbers.optionalInt("stock", form.stock()));
        var limit = checks.read(() -> FormNumbers.optionalInt("perMemberLimit", form.perMemberLimit()));
        try {
            if (!checks.isEmpty()) checks.add(catalog.checkItem(actor, form.name(), form.kind(), cost == null ? 1L : cost, stock, limit));
            checks.refuseIfAny();
            var item = catalog.create(actor, form.name(), form.description(), form.kind(), cost, stock, limit);
            Done.tell(redirect, "rewards.item.added", item.name());
            return "redirect:/rewards#catalog";
        } catch (Invalid | Conflict refused) {
            FormErrors.reject(errors, refused);
            return page(actor, model);
        }
    }

    @PostMapping("/rewards/items/{slug}/codes")
    String codes(@PathVariable String slug, @RequestParam String codes, Actor actor, RedirectAttributes redirect) {
        int added = catalog.addCodes(actor, slug, codes);
        Done.tell(redirect, "rewards.codes.added", added);
        return "redirect:/rewards#catalog";
    }

    @PostMapping("/redemptions/{id}/fulfilled")
    String fulfil(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        catalog.fulfil(actor, id);
        Done.tell(redirect, "rewards.done.fulfilled");
        return "redirect:/rewards#to-send";
    }

    @PostMapping("/payouts")
    String export(@RequestParam String currency, Actor actor, RedirectAttributes redirect) {
        var batch = payouts.export(actor, currency);
        Done.tell(redirect, "rewards.batch.created", batch.id(), batch.payouts());
        return "redirect:/rewards#staff-payouts";
    }

    @PostMapping("/payouts/{id}/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, Actor actor, RedirectAttributes redirect) {
        switch (decision) {
            case "paid" -> payouts.confirmPaid(actor, id);
            case "cancel" -> payouts.cancel(actor, id);
            default -> throw new org.muster.platform.NotFound();
        }
        Done.tell(redirect, "rewards.batch." + decision, id);
        return "redirect:/rewards#staff-payouts";
    }
}
