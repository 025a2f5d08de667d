package org.muster.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.Map;

/** Every API refusal as an RFC 9457 problem detail naming the field at fault. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MusterException.class)
    ResponseEntity<ProblemDetail> refused(MusterException e, HttpServletRequest request) {
        var problem = problem(e.status(), text(e.key(), e.args()), request);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
            problem.setProperty("errors", e instanceof Invalid invalid && invalid.each().size() > 1
                    ? invalid.each().stream().map(each -> Map.of("field", each.field() == null ? "" : each.field(),
                            "message", text(each.key(), each.args()))).toList()
                    : List.of(Map.of("field", e.field(), "message", problem.getDetail())));
        }
        var response = ResponseEntity.status(e.status());
        if (e instanceof TooManyRequests tooMany)
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        return response.body(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        return refused(DatabaseRefusals.of(e), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return refused(new Invalid(e.getName(), "error.parameter.type"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", text(error)))
                .toList();
        var first = e.getBindingResult().getFieldErrors().stream().findFirst();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                first.map(this::text).orElse(text("error.invalid")));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        first.ifPresent(error -> problem.setProperty("field", error.getField()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalid"));
        e.getParameterValidationResults().stream().findFirst().ifPresent(result -> {
            var name = result.getMethodParameter().getParameterName();
            problem.setProperty("field", name);
            result.getResolvableErrors().stream().findFirst().ifPresent(error ->
                    problem.setDetail(name + ": " + messages.getMessage(error, LocaleContextHolder.getLocale())));
        });
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                var problem = ProblemDetail.forStatusAndDetail(tooLarge.status(), text(tooLarge.key()));
                return ResponseEntity.status(tooLarge.status()).body(problem);
            }
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.unreadable"));
        var field = fieldAtFault(e);
        if (field != null) {
            problem.setDetail(text("error.unreadable.field", field));
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The JSON path of the value that could not be read, e.g. {@code templateFields[0].required}. */
    private static String fieldAtFault(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                var path = new StringBuilder();
                for (var step : json.getPath()) {
                    if (step.getPropertyName() != null) {
                        if (!path.isEmpty()) path.append('.');
                        path.append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }

    private String text(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
