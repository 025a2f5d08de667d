package org.muster.platform;

import java.util.Optional;

/**
 * How the platform learns who a request comes from; the accounts module answers. Looked up on each
 * request, so a changed role or a revoked token counts at once on every node.
 */
public interface ActorDirectory {

    Optional<Actor> byMemberId(long memberId);

    Optional<Actor> byApiToken(String token);
}
