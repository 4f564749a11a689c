package energy.mwolo.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds RFC 9457 problem details with a stable {@code code}, a message in the caller's language (French unless
 * Accept-Language asks for English) and, for validation failures, the fields at fault.
 */
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(int status, String code, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
        problem.setType(URI.create("urn:mwolo:problem:" + code));
        problem.setTitle(title(status));
        problem.setDetail(message(code, args));
        problem.setProperty("code", code);
        return problem;
    }

    private String title(int status) {
        String title = messages.getMessage("status." + status, null, null, callerLocale());
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : String.valueOf(status);
    }

    /** A 400 naming the fields at fault; {@code args} fill the placeholders of {@code code}'s own message. */
    public ProblemDetail invalid(String code, List<FieldProblem> errors, Object... args) {
        ProblemDetail problem = problem(400, code, args);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    public FieldProblem field(String field, String code, Object... args) {
        return new FieldProblem(field, message(code, args));
    }

    public String message(String code, Object[] args) {
        return messages.getMessage(code, args, code, callerLocale());
    }

    /** French unless the caller's Accept-Language prefers English; the only two languages served. */
    public static Locale callerLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String header = attributes.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
            if (header != null) {
                for (Locale.LanguageRange range : parse(header)) {
                    String language = range.getRange().split("-")[0];
                    if (language.equals("en")) {
                        return Locale.ENGLISH;
                    }
                    if (language.equals("fr")) {
                        return Locale.FRENCH;
                    }
                }
            }
        }
        return Locale.FRENCH;
    }

    private static List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** One field's complaint, named as the client sent it (snake_case). */
    public record FieldProblem(String field, String message) {

        public FieldProblem {
            field = field == null ? "non_field_errors" : field;
            message = message == null ? "" : message;
        }
    }
}
