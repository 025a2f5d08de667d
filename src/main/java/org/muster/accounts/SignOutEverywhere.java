package org.muster.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session and revokes every API token of a member, for each change after which whoever
 * held the old credentials must not stay in: a new password, a suspension.
 */
@Component
class SignOutEverywhere {

    private final MemberRepository members;
    private final ApiTokenRepository tokens;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignOutEverywhere(MemberRepository members, ApiTokenRepository tokens,
                      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.members = members;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    void signOut(long memberId) {
        tokens.revokeAll(memberId);
        var member = members.find(memberId).orElseThrow();
        // Sessions are found by the name they signed in with; commands run without the web server and so without sessions.
        sessions.ifAvailable(repository -> repository.findByPrincipalName(member.email()).keySet()
                .forEach(repository::deleteById));
    }
}
