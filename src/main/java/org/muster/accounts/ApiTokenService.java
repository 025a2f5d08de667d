package org.muster.accounts;

import org.muster.platform.InputText;
import org.muster.platform.Secrets;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Limits;
import org.muster.platform.LoginThrottle;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Unauthenticated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;

/** Personal API tokens: issued against the password, listed and revoked by their owner. */
@Service
public class ApiTokenService {

    private static final String DEFAULT_NAME = "API token";

    private final ApiTokenRepository tokens;
    private final MemberRepository members;
    private final PasswordCheck passwords;
    private final LoginThrottle throttle;
    private final RateLimiter limiter;
    private final Limits limits;

    ApiTokenService(ApiTokenRepository tokens, MemberRepository members, PasswordCheck passwords,
                    LoginThrottle throttle, RateLimiter limiter, Limits limits) {
        this.tokens = tokens;
        this.members = members;
        this.passwords = passwords;
        this.throttle = throttle;
        this.limiter = limiter;
        this.limits = limits;
    }

    /** Checks e-mail and password like the sign-in form does, with the same failure limits. */
    @Transactional
    public IssuedToken issue(TokenRequest request, String address) {
        var email = EmailAddresses.canonical(request.email());
        throttle.check(email, address);
        limiter.acquire("token:address:" + address, limits.tokensPerAddressPerHour(), Duration.ofHours(1));
        var credentials = members.credentials(email);
        if (!passwords.matches(credentials.map(MemberRepository.Credentials::passwordHash), request.password())) {
            throttle.recordFailure(email, address);
            throw new Unauthenticated();
        }
        if (!credentials.get().verified()) throw new Invalid("email", "account.login.unverified");
        return create(credentials.get().id(), request.name());
    }

    @Transactional
    public IssuedToken issue(Actor actor, String name) {
        return create(actor.requireMember(), name);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(Actor actor) {
        return tokens.listActive(actor.requireMember());
    }

    @Transactional
    public void revoke(Actor actor, long tokenId) {
        if (!tokens.revoke(actor.requireMember(), tokenId)) throw new NotFound();
    }

    private IssuedToken create(long memberId, String name) {
        var label = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        if (InputText.visibleLength(label) > 60) throw new Invalid("name", "token.name.too-long");
        var secret = Secrets.generate("mst_");
        long id = tokens.insert(memberId, label, Secrets.hash(secret), secret.substring(secret.length() - 4));
        return new IssuedToken(id, label, secret);
    }
}
