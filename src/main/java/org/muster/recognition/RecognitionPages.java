package org.muster.recognition;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Leaderboards, a member's recognition (on the profile with htmx, or a page), badges and awards. */
@Controller
class RecognitionPages {

    private final Reputation reputation;
    private final Badges badges;

    RecognitionPages(Reputation reputation, Badges badges) {
        this.reputation = reputation;
        this.badges = badges;
    }

    @GetMapping("/leaderboards")
    String leaderboards(@RequestParam(defaultValue = "week") String period, @RequestParam(required = false) String tag,
                        @RequestParam(required = false) String space, Actor actor, Model model) {
        model.addAttribute("leaders", reputation.leaderboard(actor, period, tag, space));
        model.addAttribute("period", period);
        model.addAttribute("tag", tag);
        model.addAttribute("space", space);
        return "recognition/leaderboards";
    }

    @GetMapping("/members/{id}/recognition")
    String recognition(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("profile", reputation.profile(actor, id));
        model.addAttribute("own", actor.isMember(id));
        return request.getHeader("HX-Request") != null ? "recognition/profile :: panel" : "recognition/profile";
    }

    /** The card an author's name opens on hover or tap (htmx or muster.js fetch it); a page of its own without them. */
    @GetMapping("/members/{id}/card")
    String card(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("card", reputation.card(actor, id));
        return request.getHeader("HX-Request") != null ? "recognition/card :: card" : "recognition/card";
    }

    @PostMapping("/settings/leaderboards")
    String hide(@RequestParam(defaultValue = "false") boolean hidden, Actor actor) {
        reputation.hideFromLeaderboards(actor, hidden);
        return "redirect:/members/" + actor.requireMember() + "/recognition";
    }

    @GetMapping("/badges")
    String badgeList(Actor actor, Model model) {
        model.addAttribute("badges", badges.list(actor));
        return "recognition/badges";
    }

    @PostMapping("/admin/badges")
    String create(@RequestParam String name, @RequestParam String description, @RequestParam String level,
                  @RequestParam(required = false) String rule, Actor actor) {
        if (rule == null || rule.isBlank()) badges.create(actor, name, description, level);
        else badges.createRule(actor, name, description, level, rule);
        return "redirect:/badges";
    }

    @PostMapping("/badges/{slug}/awards")
    String award(@PathVariable String slug, @RequestParam long memberId, @RequestParam String reason, Actor actor) {
        badges.award(actor, slug, memberId, reason);
        return "redirect:/members/" + memberId + "/recognition";
    }

    @PostMapping("/awards/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam String reason, Actor actor) {
        var award = badges.revoke(actor, id, reason);
        return "redirect:/members/" + award.memberId() + "/recognition";
    }
}
