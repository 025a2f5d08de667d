package org.muster.platform;

import java.util.Optional;

/**
 * How the platform learns who a request comes from; the accounts module answers. Looked up on each
 * request, so a changed role or a revoked token counts at once on every node.
 */
public interface ActorDirectory {

    Optional<Actor> byMemberId(long memberId);

    Optional<Actor> byApiToken(String token);

    /**
     * The form of a typed e-mail address that sign-in looks the account up by, so that failed
     * sign-ins are counted against the account whatever spelling reached it.
     */
    String accountName(String email);
}
