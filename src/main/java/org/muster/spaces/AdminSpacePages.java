package org.muster.spaces;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create and edit spaces and list the members of private ones. */
@Controller
class AdminSpacePages {

    private final SpaceService spaces;

    AdminSpacePages(SpaceService spaces) {
        this.spaces = spaces;
    }

    @ModelAttribute("visibilities")
    Visibility[] visibilities() {
        return Visibility.values();
    }

    @GetMapping("/admin/spaces")
    String list(Actor actor, Model model) {
        actor.require(Role.ADMIN);
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "spaces/admin-list";
    }

    @GetMapping("/admin/spaces/new")
    String newForm(Actor actor, Model model) {
        actor.require(Role.ADMIN);
        model.addAttribute("form", SpaceForm.empty());
        model.addAttribute("creating", true);
        return "spaces/admin-form";
    }

    @PostMapping("/admin/spaces/new")
    String create(Actor actor, @ModelAttribute("form") SpaceForm form, BindingResult errors, Model model) {
        FormErrors.requireBuilt(form, errors);
        try {
            var created = spaces.create(actor, form.toInput());
            return "redirect:/spaces/" + created.space().slug();
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("creating", true);
            return "spaces/admin-form";
        }
    }

    @GetMapping("/admin/spaces/{slug}")
    String editForm(Actor actor, @PathVariable String slug, Model model) {
        var details = spaces.view(actor, slug);
        actor.require(Role.ADMIN);
        model.addAttribute("form", SpaceForm.of(details));
        return editPage(actor, slug, model);
    }

    @PostMapping("/admin/spaces/{slug}")
    String edit(Actor actor, @PathVariable String slug, @ModelAttribute("form") SpaceForm form,
                BindingResult errors, Model model) {
        try {
            var edited = spaces.edit(actor, slug, form.toInput());
            return "redirect:/spaces/" + edited.space().slug();
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return editPage(actor, slug, model);
        }
    }

    @PostMapping("/admin/spaces/{slug}/members")
    String addMember(Actor actor, @PathVariable String slug, @RequestParam String email, RedirectAttributes redirect) {
        try {
            spaces.addMember(actor, slug, email);
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            redirect.addFlashAttribute("memberError", refused.key());
            redirect.addFlashAttribute("memberErrorArg", email);
        }
        return "redirect:/admin/spaces/" + slug + "#members";
    }

    @PostMapping("/admin/spaces/{slug}/members/{memberId}/remove")
    String removeMember(Actor actor, @PathVariable String slug, @PathVariable long memberId) {
        spaces.removeMember(actor, slug, memberId);
        return "redirect:/admin/spaces/" + slug + "#members";
    }

    private String editPage(Actor actor, String slug, Model model) {
        model.addAttribute("creating", false);
        model.addAttribute("slug", slug);
        model.addAttribute("members", spaces.listMembers(actor, slug));
        return "spaces/admin-form";
    }
}
