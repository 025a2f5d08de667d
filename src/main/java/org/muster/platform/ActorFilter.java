package org.muster.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads who is acting from the database on every request, so that a role change or a removed
 * member takes effect at once on every node, whatever the session remembers.
 */
class ActorFilter extends OncePerRequestFilter {

    private final ActorDirectory directory;

    ActorFilter(ActorDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(CurrentActor.ATTRIBUTE, resolve(request));
        chain.doFilter(request, response);
    }

    private Actor resolve(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) return Actor.visitor();
        if (authentication.getPrincipal() instanceof Actor actor) return actor;
        if (authentication.getPrincipal() instanceof MemberPrincipal principal) {
            var actor = directory.byMemberId(principal.memberId());
            if (actor.isPresent()) return actor.get();
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) session.invalidate();
        }
        return Actor.visitor();
    }
}
