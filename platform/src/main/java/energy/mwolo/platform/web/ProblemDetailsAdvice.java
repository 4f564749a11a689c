package energy.mwolo.platform.web;

import energy.mwolo.platform.errors.DomainException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** The one place where exceptions become problem details: domain rules, bad input, and the unexpected. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        int status = e.kind().status();
        if (e.field() != null && status == 400) {
            return respond(problems.invalid(e.code(), List.of(problems.field(e.field(), e.code(), e.args())),
                    e.args()));
        }
        ProblemDetail problem = problems.problem(status, e.code(), e.args());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return respond(problem);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        var errors = e.getFieldErrors().stream()
                .map(f -> fieldProblem(JsonNames.snakeCase(f.getField()), f))
                .toList();
        var global = e.getGlobalErrors().stream()
                .map(g -> fieldProblem("non_field_errors", g))
                .toList();
        return respond(problems.invalid("validation.failed", concat(errors, global)));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> fieldProblem(parameterName(r.getMethodParameter().getParameterName()), err)))
                .toList();
        return respond(problems.invalid("validation.failed", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                // A request record refused its own value while being read: report the rule, not "bad JSON".
                return domain(domain);
            }
            if (jackson == null && cause instanceof JacksonException found) {
                jackson = found;
            }
        }
        if (jackson != null && !(jackson instanceof StreamReadException)) {
            String field = JsonNames.path(jackson);
            if (!field.isEmpty()) {
                return respond(problems.invalid("request.invalid_value",
                        List.of(problems.field(field, "request.invalid_value_for_field", field))));
            }
        }
        return respond(problems.problem(400, "request.malformed_json"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException e) {
        String name = parameterName(e.getName());
        return respond(problems.invalid("request.invalid_parameter",
                List.of(problems.field(name, "request.invalid_value_for_field", name))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(problems.invalid("request.missing_parameter",
                List.of(problems.field(e.getParameterName(), "request.required"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return respond(problems.problem(400, "request.missing_header", e.getHeaderName()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return respond(problems.problem(404, "resource.not_found"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return respond(problems.problem(405, "request.method_not_allowed", e.getMethod()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problems.problem(415, "request.unsupported_media_type"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(problems.problem(406, "request.not_acceptable"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(problems.problem(403, "auth.permission_denied"));
    }

    /** A unique constraint fired: two concurrent writes raced past the domain's own check. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return respond(problems.problem(409, "conflict.duplicate"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("Data integrity violation reached the web layer", e);
        return respond(problems.problem(409, "conflict.integrity"));
    }

    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ProblemDetail> transientFailure(TransientDataAccessException e) {
        log.warn("Transient database failure", e);
        return respond(problems.problem(503, "service.unavailable"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().value() < 500) {
            return respond(problems.problem(framework.getStatusCode().value(), "request.rejected"));
        }
        log.error("Unexpected error", e);
        return respond(problems.problem(500, "internal.error"));
    }

    /**
     * Bean Validation already wrote the message in the request's language; a binding failure (wrong type) has
     * only Spring's English internals, so it gets our own message instead.
     */
    private Problems.FieldProblem fieldProblem(String field, MessageSourceResolvable error) {
        boolean bindingFailure = error instanceof FieldError fieldError && fieldError.isBindingFailure();
        if (bindingFailure || error.getDefaultMessage() == null) {
            return problems.field(field, "request.invalid_value_for_field", field);
        }
        return new Problems.FieldProblem(field, error.getDefaultMessage());
    }

    private static String parameterName(String name) {
        return name == null ? "parameter" : JsonNames.snakeCase(name);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
