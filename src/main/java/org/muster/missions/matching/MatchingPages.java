package org.muster.missions.matching;

import org.muster.missions.common.Missions;
import org.muster.missions.common.MissionsPages;
import org.muster.missions.common.PeerProfiles;
import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
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
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The public "ask for a peer" form, a match's page for each side (a requester without an account
 * uses the secret link; the key travels in the forms), and the peer profile form.
 */
@Controller
class MatchingPages {

    record RequestForm(String name, String email, String windowStart, String windowEnd, String place, String latitude,
                       String longitude, String language, String interests, String note, String zone) {
    }

    record PeerForm(String latitude, String longitude, String travelKm, String interests, Boolean matching, String availability) {
    }

    private final Matching matching;
    private final Missions missions;
    private final PeerProfiles peers;

    MatchingPages(Matching matching, Missions missions, PeerProfiles peers) {
        this.matching = matching;
        this.missions = missions;
        this.peers = peers;
    }

    @GetMapping("/missions/{slug}/request")
    String requestForm(@PathVariable String slug, Actor actor, Model model) {
        return form(slug, actor, model, new RequestForm("", "", "", "", "", "", "", "", "", "", actor.zone().getId()));
    }

    private String form(String slug, Actor actor, Model model, RequestForm form) {
        model.addAttribute("mission", missions.publicMatchMission(slug));
        if (!model.containsAttribute("form")) model.addAttribute("form", form);
        return "missions/request";
    }

    @PostMapping("/missions/{slug}/requests")
    String request(@PathVariable String slug, Actor actor, @ModelAttribute("form") RequestForm form, BindingResult errors,
                   Model model, HttpServletRequest http) {
        FormErrors.requireBuilt(form, errors);
        try {
            var zone = zone(form.zone(), actor);
            var view = matching.request(actor, slug, new Matching.NewRequest(form.name(), form.email(),
                    FormNumbers.time("windowStart", form.windowStart(), zone), FormNumbers.time("windowEnd", form.windowEnd(), zone),
                    form.place(), FormNumbers.decimal("latitude", form.latitude()), FormNumbers.decimal("longitude", form.longitude()),
                    form.language(), MissionsPages.list(form.interests()), form.note()), http.getRemoteAddr());
            return "redirect:/matches/" + view.request().id() + (actor.isVisitor() ? "?key=" + view.accessKey() : "");
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return form(slug, actor, model, form);
        }
    }

    @GetMapping("/matches/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String key, Actor actor, Model model) {
        model.addAttribute("view", matching.show(actor, id, key));
        model.addAttribute("key", key);
        return "missions/match";
    }

    @PostMapping("/matches/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String key,
               @RequestParam(required = false) String body, @RequestParam(required = false) String stars,
               @RequestParam(required = false) String comment, Actor actor) {
        switch (action) {
            case "accept" -> matching.answer(actor, id, true);
            case "decline" -> matching.answer(actor, id, false);
            case "withdraw" -> matching.withdraw(actor, id);
            case "another" -> matching.another(actor, id, key);
            case "confirm" -> matching.confirm(actor, id, key);
            case "complete" -> matching.complete(actor, id, key);
            case "cancel" -> matching.cancel(actor, id, key);
            case "messages" -> matching.message(actor, id, key, body);
            case "rating" -> matching.rate(actor, id, key, FormNumbers.optionalInt("stars", stars), comment);
            default -> throw new org.muster.platform.NotFound();
        }
        return "redirect:/matches/" + id + (key == null || key.isBlank() ? ""
                : "?key=" + UriUtils.encodeQueryParam(key, StandardCharsets.UTF_8));
    }

    @GetMapping("/peer-profile")
    String profile(Actor actor, Model model) {
        var mine = peers.mine(actor);
        if (!model.containsAttribute("form"))
            model.addAttribute("form", new PeerForm(mine.latitude() == null ? "" : mine.latitude().toString(),
                    mine.longitude() == null ? "" : mine.longitude().toString(), mine.travelKm() == null ? "" : mine.travelKm().toString(),
                    String.join(", ", mine.interests()), mine.matching() || mine.availability().isEmpty() && mine.interests().isEmpty(),
                    PeerProfiles.format(mine.availability())));
        return "missions/peer-profile";
    }

    @PostMapping("/peer-profile")
    String saveProfile(Actor actor, @ModelAttribute("form") PeerForm form, BindingResult errors, Model model) {
        FormErrors.requireBuilt(form, errors);
        try {
            peers.save(actor, new PeerProfiles.Input(FormNumbers.decimal("latitude", form.latitude()),
                    FormNumbers.decimal("longitude", form.longitude()), FormNumbers.optionalInt("travelKm", form.travelKm()),
                    MissionsPages.list(form.interests()), Boolean.TRUE.equals(form.matching()), PeerProfiles.parse(form.availability())));
            return "redirect:/peer-profile?saved";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return "missions/peer-profile";
        }
    }

    private static java.time.ZoneId zone(String name, Actor actor) {
        try {
            return name == null || name.isBlank() ? actor.zone() : java.time.ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            return actor.zone();
        }
    }
}
