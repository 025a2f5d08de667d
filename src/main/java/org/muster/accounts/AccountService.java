package org.muster.accounts;

import org.muster.platform.Secrets;
import org.muster.platform.Invalid;
import org.muster.platform.Limits;
import org.muster.platform.Mailer;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sign-up, e-mail verification and password reset. */
@Service
class AccountService {

    private static final Duration VERIFY_VALID = Duration.ofDays(2);
    private static final Duration RESET_VALID = Duration.ofHours(1);
    /** Enough for a mail that went to spam and one more try; more would let anyone flood a mailbox. */
    private static final int RESENDS_PER_EMAIL_PER_HOUR = 3;

    private final MemberRepository members;
    private final EmailTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final SiteLinks links;
    private final RateLimiter limiter;
    private final Limits limits;
    private final ApplicationEventPublisher events;
    private final SignOutEverywhere signOuts;
    private final Clock clock;

    AccountService(MemberRepository members, EmailTokenRepository tokens, PasswordEncoder passwords,
                   Mailer mailer, SiteLinks links, RateLimiter limiter, Limits limits,
                   ApplicationEventPublisher events,
                   SignOutEverywhere signOuts, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.links = links;
        this.limiter = limiter;
        this.limits = limits;
        this.events = events;
        this.signOuts = signOuts;
        this.clock = clock;
    }

    /**
     * Creates an unverified member and mails the verification link. For an address that already has
     * an account the answer is the same, so that sign-up tells nobody who is a member; its owner is
     * mailed how to sign in or reset the password instead.
     *
     * @return the new member; empty when the address already had an account (for the caller only, never
     *         to be shown)
     */
    @Transactional
    public Optional<Long> signUp(SignUp input, String address) {
        limiter.acquire("sign-up:address:" + address, limits.signUpsPerAddressPerHour(), Duration.ofHours(1));
        var email = input.email();
        var id = members.insert(email, passwords.encode(input.password()), input.displayName().strip(), Role.MEMBER, false);
        if (id.isEmpty()) {
            var owner = members.findByEmail(email).orElseThrow();
            mailer.send(owner.id(), "accounts/already-a-member", Map.of("name", owner.displayName(),
                    "login", links.absolute("/login"), "reset", links.absolute("/reset")));
            return Optional.empty();
        }
        sendVerification(id.get());
        events.publishEvent(new MemberSignedUp(id.get()));
        return id;
    }

    /** Marks the member's address verified; a used or expired link is refused. */
    @Transactional
    public Member verify(String token) {
        var memberId = tokens.consume("verify", Secrets.hash(token == null ? "" : token))
                .orElseThrow(() -> new Invalid("token", "account.verify.invalid"));
        members.markVerified(memberId);
        events.publishEvent(new MemberVerified(memberId));
        return members.find(memberId).orElseThrow();
    }

    /**
     * Mails a new verification link, saying nothing about whether the address is known: every address,
     * a member's or not, is limited alike (per normalised address, so "A.B@x" and "a.b@x" count
     * together, and per network address), so neither the answer nor the limit tells who signed up.
     */
    @Transactional
    public void resendVerification(String email, String address) {
        if (email == null || email.isBlank()) throw new Invalid("email", "account.email.required");
        var canonical = EmailAddresses.canonical(email);
        limiter.acquire("resend:address:" + address, limits.signUpsPerAddressPerHour(), Duration.ofHours(1));
        limiter.acquire("resend:email:" + canonical, RESENDS_PER_EMAIL_PER_HOUR, Duration.ofHours(1));
        members.findByEmail(canonical).filter(m -> !m.verified())
                .ifPresent(member -> sendVerification(member.id()));
    }

    /** Mails a reset link when the address is known; the answer is the same either way. */
    @Transactional
    public void requestPasswordReset(String email, String address) {
        // Only an empty address is refused: whether an account exists is never told.
        if (email == null || email.isBlank()) throw new Invalid("email", "account.email.required");
        limiter.acquire("reset:address:" + address, limits.signUpsPerAddressPerHour(), Duration.ofHours(1));
        members.findByEmail(EmailAddresses.canonical(email)).ifPresent(member -> {
            var token = Secrets.generate("");
            tokens.expireAll(member.id(), "reset");
            tokens.insert(member.id(), "reset", Secrets.hash(token), clock.instant().plus(RESET_VALID));
            var link = links.absolute("/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            mailer.send(member.id(), "accounts/password-reset", Map.of("name", member.displayName(), "link", link));
        });
    }

    @Transactional(readOnly = true)
    public boolean resetLinkUsable(String token) {
        return token != null && tokens.usable("reset", Secrets.hash(token));
    }

    /** Sets a new password from a reset link, ends every session and revokes every API token. */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128)
            throw new Invalid("password", "account.password.length");
        var memberId = tokens.consume("reset", Secrets.hash(token == null ? "" : token))
                .orElseThrow(() -> new Invalid("token", "account.reset.invalid"));
        members.updatePassword(memberId, passwords.encode(newPassword));
        // The link proves the mailbox: the address is verified too.
        members.markVerified(memberId);
        signOuts.signOut(memberId);
        events.publishEvent(new PasswordReset(memberId));
    }

    private void sendVerification(long memberId) {
        var token = Secrets.generate("");
        tokens.insert(memberId, "verify", Secrets.hash(token), clock.instant().plus(VERIFY_VALID));
        var link = links.absolute("/verify?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        var member = members.find(memberId).orElseThrow();
        mailer.send(memberId, "accounts/verification", Map.of("name", member.displayName(), "link", link));
    }
}
