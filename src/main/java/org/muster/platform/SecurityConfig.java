package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

/**
 * URL rules here are only the coarse outer wall (signed in or not); what a member may do is
 * decided in the services, so that no path can skip it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService members, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(members);
        provider.setPasswordEncoder(passwords);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof MemberPrincipal member && !member.verified())
                throw new DisabledException("E-mail address not verified");
        });
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ActorDirectory directory, LoginThrottle throttle,
                                    Limits limits, AuthenticationManager authentication) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http
            .authenticationManager(authentication)
            .authorizeHttpRequests(rules -> rules
                .requestMatchers("/", "/error", "/login", "/login/**", "/signup", "/signup/**", "/verify", "/verify/**", "/reset", "/reset/**",
                        "/assets/**", "/webjars/**", "/favicon.ico", "/brand/logo",
                        "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**",
                        "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/ping").permitAll()
                .requestMatchers(HttpMethod.GET, "/spaces", "/spaces/*", "/members/*", "/members/*/avatar.svg",
                        "/questions/**", "/related/*", "/tags", "/tags/*", "/posts/*/revisions", "/search", "/search/open", "/ask/similar",
                        "/api/v1/spaces", "/api/v1/spaces/**", "/api/v1/members/*", "/api/v1/questions",
                        "/api/v1/questions/**", "/api/v1/tags", "/api/v1/tags/*", "/api/v1/posts/*/revisions", "/api/v1/search",
                        "/guidelines", "/api/v1/guidelines", "/leaderboards", "/badges", "/members/*/recognition", "/members/*/card",
                        "/openbadges/**", "/api/v1/leaderboards", "/api/v1/badges", "/api/v1/members/*/recognition",
                        "/champions", "/api/v1/champions", "/api/v1/rewards/items", "/calendar/*",
                        "/missions/*", "/missions/*/request", "/matches/*", "/api/v1/matches/*", "/live", "/join/*",
                        "/api/v1/programs/*/landing", "/initiatives/invitation", "/images/*",
                        "/spaces/*/room", "/spaces/*/room/search", "/api/v1/rooms/search",
                        "/sitemap.xml", "/sitemap/*", "/robots.txt").permitAll()
                // Knowledge is read as questions are; writing it is staff's and champions', checked by knowledge.
                .requestMatchers(HttpMethod.GET, "/articles", "/articles/*", "/articles/*/*", "/spaces/*/articles",
                        "/api/v1/articles", "/api/v1/articles/*", "/api/v1/articles/*/revisions",
                        "/collections", "/collections/*", "/api/v1/collections", "/api/v1/collections/*",
                        "/api/v1/canonical-answers/*").permitAll()
                // Customers without an account ask for a peer and follow their request with its secret key.
                .requestMatchers(HttpMethod.POST, "/missions/*/requests", "/matches/*/*", "/api/v1/missions/*/requests",
                        "/api/v1/matches/*/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/searches/*/opened").permitAll()
                // A mail's unsubscribe link works without signing in: its signed token is checked by routing.
                .requestMatchers("/unsubscribe/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/auth/tokens").permitAll()
                // The help desk signs its calls instead of signing in (checked by the support module).
                .requestMatchers(HttpMethod.POST, "/api/v1/support/webhook").permitAll()
                .requestMatchers("/actuator/**").access((auth, context) ->
                        new org.springframework.security.authorization.AuthorizationDecision(
                                CurrentActor.of(context.getRequest()).isAdmin()))
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .failureHandler(throttle)
                .successHandler(new ReturnPathLogin())
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/"))
            .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        request -> !api.matches(request))
                .defaultAuthenticationEntryPointFor((request, response, e) ->
                        response.sendError(HttpStatus.UNAUTHORIZED.value()), api)
                .defaultAccessDeniedHandlerFor((request, response, denied) ->
                        response.sendError(HttpStatus.FORBIDDEN.value()), api))
            .requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.HttpSessionRequestCache() {
                @Override
                public void saveRequest(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
                    if (!api.matches(request)) super.saveRequest(request, response);
                }
            }))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                + "base-uri 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            .addFilterBefore(new RequestSizeLimit(limits.maxRequestBytes()), org.springframework.security.web.csrf.CsrfFilter.class)
            .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
            // Before the CSRF check, which needs to know whether a valid token authenticated the request.
            .addFilterBefore(new BearerTokenFilter(directory), org.springframework.security.web.csrf.CsrfFilter.class)
            .addFilterBefore(new ActorFilter(directory), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Forms always need the token. API calls need it only when a browser session may authenticate
     * them: a valid bearer token or no session at all cannot be ridden by another site, and sign-up
     * and token creation act for nobody's session. Any other Authorization header (another site can
     * send one) leaves the session cookie in charge, so the token is still needed.
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) return false;
        var path = request.getServletPath();
        // RFC 8058 one-click unsubscribe: mail clients POST without a token; the address is signed.
        if (path.startsWith("/unsubscribe/")) return false;
        if (!path.startsWith("/api/")) return true;
        if (path.equals("/api/v1/accounts") || path.equals("/api/v1/auth/tokens") || path.equals("/api/v1/support/webhook"))
            return false;
        return request.getAttribute(BearerTokenFilter.AUTHENTICATED) == null && request.getRequestedSessionId() != null;
    }
}
