package org.muster.missions.disputes;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** A member's disputes and one dispute's history; for staff also the queue and the resolution form. */
@Controller
class DisputesPages {

    private final Disputes disputes;

    DisputesPages(Disputes disputes) {
        this.disputes = disputes;
    }

    @GetMapping("/disputes")
    String list(Actor actor, Model model) {
        model.addAttribute("mine", disputes.mine(actor));
        model.addAttribute("queue", actor.isStaff() ? disputes.queue(actor, true) : List.of());
        model.addAttribute("resolved", actor.isStaff() ? disputes.queue(actor, false) : List.of());
        return "missions/disputes";
    }

    @GetMapping("/disputes/{id}")
    String dispute(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("history", disputes.history(actor, id));
        return "missions/dispute";
    }

    /** Opened from the item's own page: the kind and the item are in the address, so a refusal shows beside that item. */
    @PostMapping("/disputes/{kind}/{item}")
    String open(@PathVariable String kind, @PathVariable long item, @RequestParam(required = false) String reason, Actor actor,
                RedirectAttributes redirect) {
        var dispute = disputes.open(actor, kind, item, reason);
        Done.tell(redirect, "dispute.opened.done");
        return "redirect:/disputes/" + dispute.id();
    }

    @PostMapping("/disputes/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Actor actor, RedirectAttributes redirect) {
        disputes.comment(actor, id, body);
        Done.tell(redirect, "dispute.commented.done");
        return "redirect:/disputes/" + id + "#history";
    }

    @PostMapping("/disputes/{id}/resolution")
    String resolve(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                   Actor actor, RedirectAttributes redirect) {
        var dispute = disputes.resolve(actor, id, decision, reason);
        Done.tell(redirect, "dispute.resolved.done." + dispute.status());
        return "redirect:/disputes/" + id;
    }
}
