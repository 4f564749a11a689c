package energy.mwolo.gateway.problems;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The last word on any error that reached no other handler: a problem+json answer with a stable code, never a
 * stack trace or Boot's default error page. Runs before Boot's own handler (order -1).
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    /** Route metadata naming the upstream service. */
    public static final String SERVICE_METADATA = "service";

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof GatewayProblem problem) {
            return problems.write(exchange, problem.status(), problem.code(), problem.args());
        }
        if (error instanceof DataBufferLimitException) {
            return problems.write(exchange, 413, "request.too_large", "?");
        }
        if (error instanceof AuthenticationServiceException) {
            log.warn("Token keys unavailable: {}", error.getMessage());
            return problems.write(exchange, 503, "auth.keys_unavailable");
        }
        if (error instanceof ConnectException || error instanceof TimeoutException) {
            return problems.write(exchange, 503, "upstream.unavailable", service(exchange));
        }
        if (error instanceof ResponseStatusException status) {
            return problems.write(exchange, status.getStatusCode().value(), codeFor(status.getStatusCode().value()),
                    service(exchange));
        }
        log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return problems.write(exchange, 500, "internal.error");
    }

    /** The upstream the request was routed to (routes are named after services), for the message. */
    public static String service(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return "";
        }
        Object service = route.getMetadata().get(SERVICE_METADATA);
        return service == null ? route.getId() : service.toString();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 404 -> "resource.not_found";
            case 405 -> "request.method_not_allowed";
            case 413 -> "request.too_large";
            case 503 -> "upstream.unavailable";
            case 504 -> "upstream.timeout";
            default -> status >= 500 ? "internal.error" : "request.rejected";
        };
    }
}
