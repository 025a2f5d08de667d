package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.net.URI;

/**
 * Refusals on pages that the controller did not turn into a message beside a field. A form refused
 * for one of its fields goes back to the page it was sent from, with the message beside the field
 * (a {@link Refusal}); anything else is an error page with the reason, or the sign-in page for a visitor.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;
    private final Layout layout;

    PageErrors(MessageSource messages, Layout layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        return refused(DatabaseRefusals.of(e), request, response);
    }

    @ExceptionHandler(MusterException.class)
    ModelAndView refused(MusterException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof Unauthenticated) return new ModelAndView("redirect:/login");
        if (e instanceof TooManyRequests tooMany)
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        var message = messages.getMessage(e.key(), e.args(), e.key(), LocaleContextHolder.getLocale());
        var back = formPage(request);
        if (e.field() != null && back != null) {
            RequestContextUtils.getOutputFlashMap(request).put("refusal", new Refusal(request.getRequestURI(), message));
            RequestContextUtils.saveOutputFlashMap(back, request, response);
            // The anchor scrolls to the message, which may sit far down a long page.
            return new ModelAndView("redirect:" + back + "#refusal");
        }
        var page = new ModelAndView("error");
        // Exception handlers skip the model attributes of advice, so the layout's actor and brand are added here.
        page.addObject("actor", CurrentActor.of(request));
        page.addObject("brand", layout.brand());
        page.setStatus(e.status());
        page.addObject("status", e.status().value());
        page.addObject("title", ErrorPages.title(messages, e.status().value()));
        page.addObject("message", message);
        return page;
    }

    /** The page a form was posted from, as a path on this site (never another host), or null. */
    private static String formPage(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (!"POST".equals(request.getMethod()) || referer == null || request.getHeader("HX-Request") != null) return null;
        try {
            var uri = URI.create(referer);
            var path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) return null;
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
