package org.muster.accounts;

import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins find members and change their roles. */
@Controller
class AdminMemberPages {

    private final MemberAdmin admin;

    AdminMemberPages(MemberAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/members")
    String members(Actor actor, @RequestParam(required = false, defaultValue = "") String q,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        var members = admin.list(actor, q, page);
        model.addAttribute("members", members);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", members.size() == MemberAdmin.PAGE_SIZE);
        model.addAttribute("roles", Role.values());
        return "accounts/admin-members";
    }

    @PostMapping("/admin/members/{id}/role")
    String changeRole(Actor actor, @PathVariable long id, @RequestParam String role,
                      @RequestParam(required = false, defaultValue = "") String q, RedirectAttributes redirect) {
        var member = admin.changeRole(actor, id, role);
        redirect.addFlashAttribute("changed", member.displayName());
        redirect.addAttribute("q", q);
        return "redirect:/admin/members";
    }
}
