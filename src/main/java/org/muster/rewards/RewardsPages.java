package org.muster.rewards;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
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

    private final Rewards rewards;
    private final Catalog catalog;
    private final Payouts payouts;

    RewardsPages(Rewards rewards, Catalog catalog, Payouts payouts) {
        this.rewards = rewards;
        this.catalog = catalog;
        this.payouts = payouts;
    }

    record AddressForm(String name, String street, String postcode, String city, String country) {

        ShippingAddress address() {
            return new ShippingAddress(name, street, postcode, city, country);
        }
    }

    @GetMapping("/rewards")
    String page(Actor actor, Model model) {
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
    String create(@RequestParam String name, @RequestParam(required = false) String description, @RequestParam String kind,
                  @RequestParam String cost, @RequestParam(required = false) String stock,
                  @RequestParam(required = false) String perMemberLimit, Actor actor) {
        catalog.create(actor, name, description, kind, FormNumbers.parse("cost", cost), FormNumbers.optionalInt("stock", stock),
                FormNumbers.optionalInt("perMemberLimit", perMemberLimit));
        return "redirect:/rewards#catalog";
    }

    @PostMapping("/rewards/items/{slug}/codes")
    String codes(@PathVariable String slug, @RequestParam String codes, Actor actor) {
        catalog.addCodes(actor, slug, codes);
        return "redirect:/rewards#catalog";
    }

    @PostMapping("/redemptions/{id}/fulfilled")
    String fulfil(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        catalog.fulfil(actor, id);
        Done.tell(redirect, "rewards.done.fulfilled");
        return "redirect:/rewards#to-send";
    }

    @PostMapping("/payouts")
    String export(@RequestParam String currency, Actor actor) {
        payouts.export(actor, currency);
        return "redirect:/rewards#payouts";
    }

    @PostMapping("/payouts/{id}/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, Actor actor) {
        switch (decision) {
            case "paid" -> payouts.confirmPaid(actor, id);
            case "cancel" -> payouts.cancel(actor, id);
            default -> throw new org.muster.platform.NotFound();
        }
        return "redirect:/rewards#payouts";
    }
}
