package org.muster.rewards;

import org.muster.platform.Actor;
import org.muster.platform.FormNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @GetMapping("/rewards")
    String page(Actor actor, Model model) {
        model.addAttribute("mine", rewards.mine(actor));
        model.addAttribute("items", catalog.list());
        model.addAttribute("redemptions", catalog.mine(actor));
        model.addAttribute("payouts", payouts.mine(actor));
        model.addAttribute("kinds", Catalog.KINDS);
        model.addAttribute("batches", actor.isStaff() ? payouts.batches(actor) : List.of());
        model.addAttribute("toSend", actor.isStaff() ? catalog.awaitingFulfilment(actor) : List.of());
        return "rewards/rewards";
    }

    @PostMapping("/rewards/items/{slug}/redeem")
    String redeem(@PathVariable String slug, Actor actor) {
        catalog.redeem(actor, slug);
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
    String fulfil(@PathVariable long id, Actor actor) {
        catalog.fulfil(actor, id);
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
