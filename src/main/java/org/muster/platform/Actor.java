package org.muster.platform;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Who is acting: a signed-in member or a visitor. Every service call takes one first, so that
 * pages, the API, jobs and imports all pass the same checks.
 *
 * @param language the language the member reads Muster in; null when the browser (or the site) decides
 */
public record Actor(Long memberId, Role role, String displayName, ZoneId zone, Locale language) {

    private static final Actor VISITOR = new Actor(null, null, null, ZoneId.of("UTC"), null);

    /** An actor whose language the browser decides, as jobs, imports and tests act. */
    public Actor(Long memberId, Role role, String displayName, ZoneId zone) {
        this(memberId, role, displayName, zone, null);
    }

    public static Actor visitor() {
        return VISITOR;
    }

    public boolean isVisitor() {
        return memberId == null;
    }

    public boolean isMember(long id) {
        return memberId != null && memberId == id;
    }

    public boolean has(Role needed) {
        return role != null && role.atLeast(needed);
    }

    public boolean isModerator() {
        return has(Role.MODERATOR);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The member's id; a visitor is asked to sign in. */
    public long requireMember() {
        if (memberId == null) throw new Unauthenticated();
        return memberId;
    }

    public void require(Role needed) {
        requireMember();
        if (!has(needed)) throw new Forbidden("error.forbidden.role", needed.code());
    }
}
