package org.muster.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Counts failed sign-ins per account and per address, and refuses further attempts with 429 once
 * either has failed too often within the minute, before the password is even checked.
 */
@org.springframework.stereotype.Component
public class LoginThrottle implements AuthenticationFailureHandler {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final Limits limits;
    private final ActorDirectory directory;

    public LoginThrottle(RateLimiter limiter, Limits limits, ActorDirectory directory) {
        this.limiter = limiter;
        this.limits = limits;
        this.directory = directory;
    }

    /** Refuses when the account or the address has failed too often; the API uses it too. */
    public void check(String email, String address) {
        limiter.check(accountBucket(email), limits.failedLoginsPerAccountPerMinute(), WINDOW);
        limiter.check(addressBucket(address), limits.failedLoginsPerAddressPerMinute(), WINDOW);
    }

    public void recordFailure(String email, String address) {
        limiter.record(accountBucket(email), WINDOW);
        limiter.record(addressBucket(address), WINDOW);
    }

    /** Stands before the sign-in form's processing; not a bean, so it runs only in the security chain. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                try {
                    check(request.getParameter("email"), request.getRemoteAddr());
                } catch (TooManyRequests refused) {
                    response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
                    response.sendError(429);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?unverified");
            return;
        }
        recordFailure(request.getParameter("email"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** Hashed: any length fits the bucket, and the counters hold no addresses. */
    private String accountBucket(String email) {
        return "login-failed:account:" + HexFormat.of().formatHex(Secrets.hash(directory.accountName(email)));
    }

    private static String addressBucket(String address) {
        return "login-failed:address:" + address;
    }
}
