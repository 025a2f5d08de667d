package org.muster.accounts;

import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Profile pages, the profile form and the member's API tokens. */
@Controller
class ProfilePages {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private final ProfileService profiles;
    private final ApiTokenService tokens;

    ProfilePages(ProfileService profiles, ApiTokenService tokens) {
        this.profiles = profiles;
        this.tokens = tokens;
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("profile", profiles.profile(actor, id));
        return "accounts/profile";
    }

    @GetMapping(value = "/members/{id}/avatar.svg")
    ResponseEntity<String> avatar(@PathVariable long id, Actor actor) {
        var member = profiles.profile(actor, id).member();
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(Avatar.svg(member.id(), member.displayName()));
    }

    @GetMapping("/settings")
    String settings(Actor actor) {
        return "redirect:/members/" + actor.requireMember() + "/edit";
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("form", profiles.editForm(actor, id));
        return editPage(id, actor, model);
    }

    @PostMapping("/members/{id}/edit")
    String edit(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") EditProfile form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        if (errors.hasErrors()) return editPage(id, actor, model);
        try {
            profiles.edit(actor, id, form);
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return editPage(id, actor, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/members/" + id;
    }

    @PostMapping("/settings/tokens")
    String createToken(Actor actor, @RequestParam(required = false) String name, Model model) {
        // Shown on this response only: a redirect would park the secret in the session table until the next page.
        model.addAttribute("issued", tokens.issue(actor, name));
        long id = actor.requireMember();
        model.addAttribute("form", profiles.editForm(actor, id));
        return editPage(id, actor, model);
    }

    @PostMapping("/settings/tokens/{tokenId}/revoke")
    String revokeToken(Actor actor, @PathVariable long tokenId) {
        tokens.revoke(actor, tokenId);
        return "redirect:/members/" + actor.requireMember() + "/edit#tokens";
    }

    private String editPage(long id, Actor actor, Model model) {
        model.addAttribute("memberId", id);
        model.addAttribute("zones", ZONES);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("tokens", actor.isMember(id) ? tokens.list(actor) : List.of());
        return "accounts/edit-profile";
    }
}
