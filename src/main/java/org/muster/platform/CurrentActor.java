package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The actor of the current request, resolved once per request by {@link ActorFilter}. */
public final class CurrentActor {

    static final String ATTRIBUTE = CurrentActor.class.getName();

    private CurrentActor() {
    }

    public static Actor of(HttpServletRequest request) {
        var actor = (Actor) request.getAttribute(ATTRIBUTE);
        return actor == null ? Actor.visitor() : actor;
    }

    /** For code outside a controller method, e.g. page formatting. */
    public static Actor get() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) return Actor.visitor();
        var actor = (Actor) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return actor == null ? Actor.visitor() : actor;
    }
}
