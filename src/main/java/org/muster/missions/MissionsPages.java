package org.muster.missions;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Missions a member can join (and why not), their proof form and "my missions"; staff review. */
@Controller
class MissionsPages {

    private final Missions missions;

    MissionsPages(Missions missions) {
        this.missions = missions;
    }

    @GetMapping("/missions")
    String list(Actor actor, Model model) {
        model.addAttribute("offers", missions.offers(actor));
        model.addAttribute("mine", missions.mine(actor));
        model.addAttribute("waiting", actor.isStaff() ? missions.waiting(actor) : java.util.List.of());
        return "missions/missions";
    }

    @PostMapping("/missions/{slug}/submissions")
    String submit(@PathVariable String slug, @RequestParam String body, @RequestParam(required = false) String link, Actor actor) {
        missions.submit(actor, slug, body, link);
        return "redirect:/missions#mine";
    }

    @PostMapping("/submissions/{id}/review")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note, Actor actor) {
        missions.review(actor, id, decision, note);
        return "redirect:/missions#waiting";
    }
}
