package org.muster.accounts;

import org.muster.platform.Secrets;
import org.muster.platform.Actor;
import org.muster.platform.ActorDirectory;
import org.muster.platform.MemberPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Answers the platform's questions about who is signing in and who is acting. */
@Component
class MemberDirectory implements ActorDirectory, UserDetailsService {

    private final MemberRepository members;
    private final ApiTokenRepository tokens;

    MemberDirectory(MemberRepository members, ApiTokenRepository tokens) {
        this.members = members;
        this.tokens = tokens;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.credentials(EmailAddresses.canonical(email))
                .map(c -> new MemberPrincipal(c.id(), c.email(), c.passwordHash(), c.verified()))
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }

    /** Runs on every signed-in request: one statement, so no transaction around it. */
    @Override
    public Optional<Actor> byMemberId(long memberId) {
        return members.findActive(memberId).map(MemberDirectory::actor);
    }

    @Override
    @Transactional
    public Optional<Actor> byApiToken(String token) {
        return tokens.use(Secrets.hash(token)).flatMap(members::findActive).map(MemberDirectory::actor);
    }

    @Override
    public String accountName(String email) {
        return EmailAddresses.canonical(email);
    }

    static Actor actor(Member member) {
        return new Actor(member.id(), member.role(), member.displayName(), member.timeZone());
    }
}
