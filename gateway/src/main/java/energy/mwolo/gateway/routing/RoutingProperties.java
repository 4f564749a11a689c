package energy.mwolo.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service runs and how long the gateway waits for it.
 *
 * @param upstreams        base URL of each service, by name ({@code identity}, {@code geo}, ...)
 * @param connectTimeout   how long to wait for a connection: a service that is down answers 503 this fast
 * @param responseTimeout  how long to wait for a service's answer (headers), unless the service has its own
 * @param responseTimeouts per service overrides of {@code responseTimeout}
 * @param circuitBreaker   when a failing service stops getting calls, and for how long
 */
@ConfigurationProperties("mwolo.gateway")
public record RoutingProperties(Map<String, URI> upstreams, Duration connectTimeout, Duration responseTimeout,
        Map<String, Duration> responseTimeouts, CircuitBreaker circuitBreaker) {

    public RoutingProperties {
        upstreams = upstreams == null ? Map.of() : Map.copyOf(upstreams);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
        responseTimeouts = responseTimeouts == null ? Map.of() : Map.copyOf(responseTimeouts);
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(0, 0, 0, null, 0) : circuitBreaker;
    }

    URI upstream(String service) {
        URI uri = upstreams.get(service);
        if (uri == null) {
            throw new IllegalStateException("No URL for service '" + service + "': set mwolo.gateway.upstreams."
                    + service);
        }
        return uri;
    }

    Duration responseTimeout(String service) {
        return responseTimeouts.getOrDefault(service, responseTimeout);
    }

    /**
     * A breaker per service, counting the last {@code slidingWindowSize} calls.
     *
     * @param failureRateThreshold  percentage of failed calls (errors, timeouts) that opens the breaker
     * @param slidingWindowSize     calls the rate is computed over
     * @param minimumNumberOfCalls  calls needed before the rate means anything
     * @param waitInOpenState       how long an open breaker answers 503 at once before letting trial calls through
     * @param permittedCallsInHalfOpenState trial calls that decide whether the breaker closes again
     */
    public record CircuitBreaker(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
            Duration waitInOpenState, int permittedCallsInHalfOpenState) {

        public CircuitBreaker {
            failureRateThreshold = failureRateThreshold <= 0 ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize <= 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 10 : minimumNumberOfCalls;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
            permittedCallsInHalfOpenState = permittedCallsInHalfOpenState <= 0 ? 3 : permittedCallsInHalfOpenState;
        }
    }
}
