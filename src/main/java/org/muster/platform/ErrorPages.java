package org.muster.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * What the server shows when no controller handled the error (unknown path, refused by a filter,
 * unexpected failure): a problem detail under /api, a page elsewhere, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorPages(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = status(request);
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var message = messages.getMessage(messageKey(status), new Object[]{response.getHeader("Retry-After")},
                status.getReasonPhrase(), LocaleContextHolder.getLocale());
        if (path != null && path.startsWith("/api/")) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", message);
            problem.put("instance", path);
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title(messages, status.value()));
        page.addObject("message", message);
        return page;
    }

    /** The page heading for a status, e.g. "Not found", falling back to a general one. */
    static String title(MessageSource messages, int status) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage("error.title." + status, null, messages.getMessage("error.title", null, locale), locale);
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.not-found";
            case UNAUTHORIZED -> "error.unauthenticated";
            case FORBIDDEN -> "error.forbidden";
            case CONTENT_TOO_LARGE -> "error.payload-too-large";
            case TOO_MANY_REQUESTS -> "error.too-many-requests";
            case METHOD_NOT_ALLOWED -> "error.method-not-allowed";
            case BAD_REQUEST -> "error.invalid";
            default -> status.is5xxServerError() ? "error.server" : "error.generic";
        };
    }
}
