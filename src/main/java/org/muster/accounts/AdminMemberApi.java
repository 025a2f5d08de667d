package org.muster.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Admin: members")
class AdminMemberApi {

    private final MemberAdmin admin;

    AdminMemberApi(MemberAdmin admin) {
        this.admin = admin;
    }

    record RoleChange(String role) {
    }

    @GetMapping("/api/v1/admin/members")
    @Operation(summary = "Members, 50 a page, filtered by a fragment of name or e-mail (q), role, trust level (0-4), "
            + "status (verified|unverified|silenced|suspended), last seen on or after / before a day (seenAfter, seenBefore: "
            + "yyyy-MM-dd in the caller's zone); sort: name (default), last-seen or joined")
    List<MemberJson> list(Actor actor, @RequestParam(defaultValue = "") String q,
                          @RequestParam(required = false) String role, @RequestParam(required = false) Integer trust,
                          @RequestParam(required = false) String status,
                          @RequestParam(required = false) java.time.LocalDate seenAfter,
                          @RequestParam(required = false) java.time.LocalDate seenBefore,
                          @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page) {
        return admin.search(actor, new MemberSearch(q, role, trust, status, seenAfter, seenBefore, sort, page)).stream()
                .map(m -> MemberJson.of(m.member())).toList();
    }

    @PostMapping("/api/v1/admin/members")
    @Operation(summary = "Create a verified member with a role (integrations, imports)")
    ResponseEntity<MemberJson> create(Actor actor, @Valid @RequestBody NewMember input) {
        var member = admin.create(actor, input);
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id())).body(MemberJson.of(member));
    }

    @PatchMapping("/api/v1/admin/members/{id}")
    @Operation(summary = "Change a member's role: member, champion, moderator, staff or admin")
    MemberJson changeRole(Actor actor, @PathVariable long id, @RequestBody RoleChange change) {
        return MemberJson.of(admin.changeRole(actor, id, change.role()));
    }
}
