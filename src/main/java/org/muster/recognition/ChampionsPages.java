package org.muster.recognition;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The champions program page, staff's work on it, the superfans page and the motivation choice. */
@Controller
class ChampionsPages {

    private final ChampionsProgram program;
    private final Superfans superfans;
    private final org.muster.accounts.Members members;

    ChampionsPages(ChampionsProgram program, Superfans superfans, org.muster.accounts.Members members) {
        this.program = program;
        this.superfans = superfans;
        this.members = members;
    }

    @GetMapping("/champions")
    String champions(Actor actor, Model model) {
        var terms = actor.isStaff() ? program.all(actor) : List.<ChampionTerm>of();
        model.addAttribute("champions", program.champions(actor));
        model.addAttribute("terms", terms);
        var ids = new java.util.HashSet<Long>();
        terms.forEach(t -> ids.add(t.memberId()));
        var names = new java.util.HashMap<Long, String>();
        members.summaries(ids).forEach((id, s) -> names.put(id, s.displayName()));
        model.addAttribute("names", names);
        model.addAttribute("suggested", actor.isStaff() ? superfans.suggestions(actor) : List.of());
        return "recognition/champions";
    }

    @PostMapping("/champions/nominations")
    String nominate(@RequestParam(required = false) List<Long> memberId, @RequestParam(required = false) String reason, Actor actor) {
        program.nominate(actor, memberId, reason);
        return "redirect:/champions";
    }

    @PostMapping("/champions/terms/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int months, @RequestParam String tags, Actor actor) {
        program.approve(actor, id, months, List.of(tags.split("[,\\s]+")));
        return "redirect:/champions";
    }

    @PostMapping("/champions/terms/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor) {
        program.decline(actor, id, reason);
        return "redirect:/champions";
    }

    @PostMapping("/champions/terms/{id}/renew")
    String renew(@PathVariable long id, @RequestParam int months, Actor actor) {
        program.renew(actor, id, months);
        return "redirect:/champions";
    }

    @PostMapping("/champions/terms/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor) {
        program.end(actor, id, reason);
        return "redirect:/champions";
    }

    @GetMapping("/superfans")
    String superfans(@RequestParam(required = false) Double minScore, @RequestParam(required = false) String tag,
                     @RequestParam(required = false) String skill, @RequestParam(required = false) String city,
                     @RequestParam(required = false) String language, Actor actor, Model model) {
        var filter = new Superfans.Filter(minScore, tag, skill, city, language);
        model.addAttribute("fans", superfans.find(actor, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("weights", Superfans.WEIGHTS);
        model.addAttribute("levels", Superfans.LEVELS);
        model.addAttribute("halfLife", Superfans.HALF_LIFE_DAYS);
        return "recognition/superfans";
    }

    @PostMapping("/settings/motivation")
    String motivation(@RequestParam(required = false) String motivation, Actor actor) {
        superfans.setMotivation(actor, motivation);
        return "redirect:/members/" + actor.requireMember() + "/recognition";
    }
}
