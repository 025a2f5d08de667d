package org.muster.accounts;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Admins find members and change their roles. */
@Controller
class AdminMemberPages {

    private final MemberAdmin admin;

    AdminMemberPages(MemberAdmin admin) {
        this.admin = admin;
    }

    /** The filters as typed: a number or day that is not one is refused beside its field, not as a bad request. */
    record Filters(String q, String role, String trust, String status, String seenAfter, String seenBefore, String sort) {

        public String query() {
            var query = new StringBuilder();
            for (var pair : new String[][]{{"q", q}, {"role", role}, {"trust", trust}, {"status", status}, {"seenAfter", seenAfter},
                    {"seenBefore", seenBefore}, {"sort", sort}})
                if (pair[1] != null && !pair[1].isBlank())
                    query.append('&').append(pair[0]).append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            return query.toString();
        }
    }

    @GetMapping("/admin/members")
    String members(Actor actor, @ModelAttribute("filters") Filters filters, BindingResult errors,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        FormErrors.requireBuilt(filters, errors);
        List<ListedMember> members = List.of();
        try {
            members = admin.search(actor, new MemberSearch(filters.q(), filters.role(),
                    FormNumbers.optionalInt("trust", filters.trust()), filters.status(), FormNumbers.date("seenAfter", filters.seenAfter()),
                    FormNumbers.date("seenBefore", filters.seenBefore()), filters.sort(), page));
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
        }
        model.addAttribute("members", members);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", members.size() == MemberAdmin.PAGE_SIZE);
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", MemberSearch.STATUSES);
        model.addAttribute("sorts", MemberSearch.SORTS);
        return "accounts/admin-members";
    }

    @PostMapping("/admin/members/{id}/role")
    String changeRole(Actor actor, @PathVariable long id, @RequestParam String role,
                      @RequestParam(required = false, defaultValue = "") String back, RedirectAttributes redirect) {
        var member = admin.changeRole(actor, id, role);
        redirect.addFlashAttribute("changed", member.displayName());
        // Back to the same filtered page: only the list's own query string, never another address.
        return "redirect:/admin/members" + (back.matches("[A-Za-z0-9%&=._+-]*") && !back.isEmpty() ? "?" + back : "");
    }
}
