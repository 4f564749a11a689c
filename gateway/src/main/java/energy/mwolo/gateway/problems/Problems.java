package energy.mwolo.gateway.problems;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own answers as {@code application/problem+json} in the shape every service uses:
 * {@code type}, {@code title}, {@code status}, {@code detail} and a stable {@code code}; French unless the caller's
 * Accept-Language prefers English.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The problem a caller of {@code exchange} reads, in its language. */
    public Problem problem(ServerWebExchange exchange, int status, String code, Object... args) {
        Locale locale = callerLocale(exchange.getRequest().getHeaders());
        return new Problem("urn:mwolo:problem:" + code, title(status, locale), status,
                messages.getMessage(code, args, code, locale), code);
    }

    /** Answers the exchange with the problem, unless an answer has already started (then the error stands). */
    public Mono<Void> write(ServerWebExchange exchange, int status, String code, Object... args) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(problem(exchange, status, code, args));
        response.setStatusCode(HttpStatusCode.valueOf(status));
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private String title(int status, Locale locale) {
        String title = messages.getMessage("status." + status, null, null, locale);
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : String.valueOf(status);
    }

    /** French unless Accept-Language prefers English; the only two languages served. */
    static Locale callerLocale(HttpHeaders headers) {
        String header = headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return Locale.FRENCH;
        }
        for (Locale.LanguageRange range : parse(header)) {
            String language = range.getRange();
            if (language.startsWith("en")) {
                return Locale.ENGLISH;
            }
            if (language.startsWith("fr")) {
                return Locale.FRENCH;
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

    /** The body of a problem answer. */
    public record Problem(String type, String title, int status, String detail, String code) {
    }
}
