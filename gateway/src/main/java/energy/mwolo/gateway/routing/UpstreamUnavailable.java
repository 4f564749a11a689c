package energy.mwolo.gateway.routing;

import energy.mwolo.gateway.problems.GatewayProblem;
import energy.mwolo.gateway.problems.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The circuit breakers' fallback: a 503 problem naming the service, never a made-up 200. A slow service reads
 * {@code upstream.timeout}, anything else (refused connection, open breaker) {@code upstream.unavailable}; an open
 * breaker also says when to try again.
 */
@Configuration(proxyBeanMethods = false)
class UpstreamUnavailable {

    static final String PATH = "/gateway/unavailable/";

    @Bean
    RouterFunction<ServerResponse> upstreamUnavailableFallback(Problems problems, RoutingProperties properties) {
        long retryAfter = Math.max(1, properties.circuitBreaker().waitInOpenState().toSeconds());
        return RouterFunctions.route()
                .route(request -> request.path().startsWith(PATH), request -> answer(request, problems, retryAfter))
                .build();
    }

    private static Mono<ServerResponse> answer(ServerRequest request, Problems problems, long retryAfter) {
        String service = request.path().substring(PATH.length());
        Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof GatewayProblem clientFault) {
            return Mono.error(clientFault); // not the service's fault: answered as is (413, ...)
        }
        String code = timedOut(cause) ? "upstream.timeout" : "upstream.unavailable";
        ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (cause instanceof CallNotPermittedException) {
            response.header("Retry-After", Long.toString(retryAfter));
        }
        return response.bodyValue(problems.problem(request.exchange(), 503, code, service));
    }

    private static boolean timedOut(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof ResponseStatusException status && status.getStatusCode().value() == 504;
    }
}
