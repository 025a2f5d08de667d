package org.muster.accounts;

import org.muster.platform.Secrets;
import org.muster.platform.Actor;
import org.muster.platform.ActorDirectory;
import org.muster.platform.MailRecipient;
import org.muster.platform.MailRecipients;
import org.muster.platform.MemberPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** Answers the platform's questions about who is signing in, who is acting and how to mail them. */
@Component
class MemberDirectory implements ActorDirectory, MailRecipients, UserDetailsService {

    private final MemberRepository members;
    private final ApiTokenRepository tokens;
    private final Locale siteLocale;
    private final LastSeen lastSeen;

    MemberDirectory(MemberRepository members, ApiTokenRepository tokens, @Value("${spring.web.locale:en}") Locale siteLocale,
                    LastSeen lastSeen) {
        this.lastSeen = lastSeen;
        this.members = members;
        this.tokens = tokens;
        this.siteLocale = siteLocale;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.credentials(EmailAddresses.canonical(email))
                .map(c -> new MemberPrincipal(c.id(), c.email(), c.passwordHash(), c.verified()))
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }

    /** Runs on every signed-in request: one statement (and now and then the last-seen note), so no transaction around it. */
    @Override
    public Optional<Actor> byMemberId(long memberId) {
        return members.findActive(memberId).map(this::seen);
    }

    @Override
    @Transactional
    public Optional<Actor> byApiToken(String token) {
        return tokens.use(Secrets.hash(token)).flatMap(members::findActive).map(this::seen);
    }

    private Actor seen(Member member) {
        lastSeen.note(member.id());
        return actor(member);
    }

    /**
     * Any member, verified or not, suspended or not: verification and sanction mails go to exactly
     * those. Members choose no language yet, so every mail is in the site's; their own zone counts.
     */
    @Override
    public Optional<MailRecipient> recipient(long memberId) {
        return members.find(memberId).map(m -> new MailRecipient(m.email(), siteLocale, m.timeZone()));
    }

    @Override
    public String accountName(String email) {
        return EmailAddresses.canonical(email);
    }

    static Actor actor(Member member) {
        return new Actor(member.id(), member.role(), member.displayName(), member.timeZone());
    }
}
