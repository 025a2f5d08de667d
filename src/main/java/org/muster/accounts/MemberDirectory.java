package org.muster.accounts;

import org.muster.platform.Secrets;
import org.muster.platform.Actor;
import org.muster.platform.ActorDirectory;
import org.muster.platform.MailRecipient;
import org.muster.platform.MailRecipients;
import org.muster.platform.MemberPrincipal;
import org.muster.platform.NodeMemory;
import org.muster.platform.Signals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Answers the platform's questions about who is signing in, who is acting and how to mail them. */
@Component
class MemberDirectory implements ActorDirectory, MailRecipients, UserDetailsService {

    /** The trigger on {@code members} signals a change of what an actor holds (role, name, zone, language, suspension). */
    static final String CHANNEL = "muster_members";

    private final MemberRepository members;
    private final NodeMemory<Actor> actors;
    private final ApiTokenRepository tokens;
    private final Locale siteLocale;
    private final LastSeen lastSeen;

    MemberDirectory(MemberRepository members, ApiTokenRepository tokens, @Value("${spring.web.locale:en}") Locale siteLocale,
                    LastSeen lastSeen, Signals signals) {
        this.lastSeen = lastSeen;
        this.actors = new NodeMemory<>(signals, CHANNEL, Duration.ofMinutes(5), 50_000);
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

    /**
     * Runs on every signed-in request: from this node's memory, which every node forgets at once when the
     * member's role, name, zone or suspension changes; otherwise one statement (and now and then the
     * last-seen note), so no transaction around it. A suspension that has ended is found at the next look,
     * since only active members are remembered.
     */
    @Override
    public Optional<Actor> byMemberId(long memberId) {
        var actor = actors.find(Long.toString(memberId), () -> members.findActive(memberId).map(MemberDirectory::actor));
        actor.ifPresent(found -> lastSeen.note(memberId));
        return actor;
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
     * those. In the member's own language and zone; a member who leaves the language to the browser
     * gets the site's, since a mail has no browser to ask.
     */
    @Override
    public Optional<MailRecipient> recipient(long memberId) {
        return members.find(memberId).map(m -> new MailRecipient(m.email(),
                m.language() != null ? m.language() : siteLocale, m.timeZone()));
    }

    @Override
    public String accountName(String email) {
        return EmailAddresses.canonical(email);
    }

    static Actor actor(Member member) {
        return new Actor(member.id(), member.role(), member.displayName(), member.timeZone(), member.language());
    }
}
