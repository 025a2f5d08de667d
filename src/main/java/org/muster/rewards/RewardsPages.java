package org.muster.rewards;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "My rewards": balance, pending points, history, the catalog and one's redemptions. */
@Controller
class RewardsPages {

    private final Rewards rewards;
    private final Catalog catalog;

    RewardsPages(Rewards rewards, Catalog catalog) {
        this.rewards = rewards;
        this.catalog = catalog;
    }

    @GetMapping("/rewards")
    String page(Actor actor, Model model) {
        model.addAttribute("mine", rewards.mine(actor));
        model.addAttribute("items", catalog.list());
        model.addAttribute("redemptions", catalog.mine(actor));
        return "rewards/rewards";
    }

    @PostMapping("/rewards/items/{slug}/redeem")
    String redeem(@PathVariable String slug, Actor actor) {
        catalog.redeem(actor, slug);
        return "redirect:/rewards#redemptions";
    }
}
