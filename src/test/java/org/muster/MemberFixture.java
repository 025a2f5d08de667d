package org.muster;

import org.muster.accounts.ApiTokenService;
import org.muster.accounts.MemberAdmin;
import org.muster.accounts.Members;
import org.muster.accounts.NewMember;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.context.ApplicationContext;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Members for tests who are not about signing up: created through the services as an admin would,
 * verified, with one password hash each, and API tokens issued without a sign-in (so without a hash).
 */
public final class MemberFixture {

    /** One admin token per running Muster (keyed by its context), issued once and shared by its tests. */
    private static final Map<ApplicationContext, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    private final ApplicationContext context;
    private final String password;

    MemberFixture(ApplicationContext context, String password) {
        this.context = context;
        this.password = password;
    }

    /** A verified member with the role and the tests' password, as an admin creates one; returns its id. */
    public long create(String email, String displayName, String role) {
        return context.getBean(MemberAdmin.class).create(admin(), new NewMember(email, password, displayName, role)).id();
    }

    /** An API token for the member, as if it had signed in. */
    public String token(long memberId) {
        var member = context.getBean(Members.class).profiles(java.util.List.of(memberId)).getFirst();
        var actor = new Actor(member.id(), member.role(), member.displayName(), ZoneOffset.UTC);
        return context.getBean(ApiTokenService.class).issue(actor, "tests").token();
    }

    String adminToken(String adminEmail) {
        return ADMIN_TOKENS.computeIfAbsent(context, c -> token(adminId(adminEmail)));
    }

    private Actor admin() {
        return new Actor(adminId(IntegrationTest.ADMIN_EMAIL), Role.ADMIN, "Admin", ZoneOffset.UTC);
    }

    private long adminId(String adminEmail) {
        return context.getBean(Members.class).findByEmail(adminEmail).orElseThrow().id();
    }
}
