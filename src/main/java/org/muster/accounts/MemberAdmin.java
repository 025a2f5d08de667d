package org.muster.accounts;

import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What admins do with members: list them, create them, give them roles. */
@Service
@NamedInterface("api")
public class MemberAdmin {

    public static final int PAGE_SIZE = 50;

    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    MemberAdmin(MemberRepository members, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.members = members;
        this.passwords = passwords;
        this.events = events;
    }

    /** A page of members as the search asks; refused naming the field when a filter is not one there is. */
    @Transactional(readOnly = true)
    public List<ListedMember> search(Actor actor, MemberSearch search) {
        actor.require(Role.ADMIN);
        if (!search.role().isEmpty()) role(search.role());
        if (search.trust() != null && (search.trust() < 0 || search.trust() > 4)) throw new Invalid("trust", "admin.members.trust.unknown");
        if (!search.status().isEmpty() && !MemberSearch.STATUSES.contains(search.status()))
            throw new Invalid("status", "admin.members.status.unknown");
        if (!MemberSearch.SORTS.contains(search.sort())) throw new Invalid("sort", "admin.members.sort.unknown");
        var zone = actor.zone();
        return members.search(search, search.seenAfter() == null ? null : search.seenAfter().atStartOfDay(zone).toInstant(),
                search.seenBefore() == null ? null : search.seenBefore().atStartOfDay(zone).toInstant(),
                PAGE_SIZE, search.page() * PAGE_SIZE);
    }

    @Transactional
    public Member create(Actor actor, NewMember input) {
        actor.require(Role.ADMIN);
        var role = role(input.role());
        var hash = input.password() == null || input.password().isBlank() ? null : passwords.encode(input.password());
        var id = members.insert(EmailAddresses.canonical(input.email()), hash, input.displayName().strip(), role, true)
                .orElseThrow(() -> new Conflict("email", "account.email.taken"));
        events.publishEvent(new MemberSignedUp(id));
        return members.find(id).orElseThrow();
    }

    @Transactional
    public Member changeRole(Actor actor, long memberId, String roleCode) {
        actor.require(Role.ADMIN);
        var role = role(roleCode);
        // One admin at a time changes roles, so two admins cannot demote each other into none.
        members.lockRoles();
        var member = members.find(memberId).orElseThrow(NotFound::new);
        if (member.role() == role) return member;
        if (member.role() == Role.ADMIN && members.countAdmins() <= 1)
            throw new Conflict("role", "account.role.last-admin");
        members.updateRole(memberId, role);
        events.publishEvent(new MemberRoleChanged(memberId, member.role(), role, actor.memberId()));
        return members.find(memberId).orElseThrow();
    }

    private static Role role(String code) {
        if (code == null || code.isBlank()) return Role.MEMBER;
        try {
            return Role.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("role", "account.role.unknown", code);
        }
    }
}
