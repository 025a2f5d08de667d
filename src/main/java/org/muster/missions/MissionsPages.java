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
    private final Shifts shifts;

    MissionsPages(Missions missions, Shifts shifts) {
        this.missions = missions;
        this.shifts = shifts;
    }

    @GetMapping("/missions")
    String list(Actor actor, Model model) {
        var offers = missions.offers(actor);
        model.addAttribute("offers", offers);
        var slots = new java.util.HashMap<Long, java.util.List<Slot>>();
        offers.stream().filter(o -> o.mission().kind().equals("shift"))
                .forEach(o -> slots.put(o.mission().id(), shifts.slotsOf(o.mission().slug())));
        model.addAttribute("slots", slots);
        model.addAttribute("signups", shifts.mine(actor));
        model.addAttribute("mine", missions.mine(actor));
        model.addAttribute("waiting", actor.isStaff() ? missions.waiting(actor) : java.util.List.of());
        return "missions/missions";
    }

    @PostMapping("/missions/{slug}/submissions")
    String submit(@PathVariable String slug, @RequestParam String body, @RequestParam(required = false) String link, Actor actor) {
        missions.submit(actor, slug, body, link);
        return "redirect:/missions#mine";
    }

    @PostMapping("/slots/{id}/signups")
    String signUp(@PathVariable long id, @RequestParam(defaultValue = "1") int partySize, Actor actor) {
        shifts.signUp(actor, id, partySize);
        return "redirect:/missions#schedule";
    }

    @PostMapping("/signups/{id}/withdraw")
    String withdraw(@PathVariable long id, Actor actor) {
        shifts.withdraw(actor, id);
        return "redirect:/missions#schedule";
    }

    @PostMapping("/submissions/{id}/review")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note, Actor actor) {
        missions.review(actor, id, decision, note);
        return "redirect:/missions#waiting";
    }
}
