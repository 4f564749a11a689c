package energy.mwolo.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser origins may call the API. None by default: the frontends' origins come from the environment.
 *
 * @param allowedOrigins   exact origins ({@code https://portail.mwolo.cd}); patterns are allowed ({@code https://*.mwolo.cd})
 * @param allowedMethods   methods a preflight may ask for
 * @param allowedHeaders   request headers a browser may send
 * @param exposedHeaders   response headers a script may read
 * @param allowCredentials whether cookies and HTTP authentication may be sent (tokens travel in a header, so no)
 * @param maxAge           how long a browser may cache a preflight answer
 */
@ConfigurationProperties("mwolo.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
        List<String> exposedHeaders, boolean allowCredentials, Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedMethods = allowedMethods == null ? List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
                : List.copyOf(allowedMethods);
        allowedHeaders = allowedHeaders == null ? List.of("Authorization", "Content-Type", "Accept", "Accept-Language",
                "Idempotency-Key", "X-Request-Id", "traceparent", "tracestate") : List.copyOf(allowedHeaders);
        exposedHeaders = exposedHeaders == null ? List.of("X-Request-Id", "Retry-After", "Location", "ETag")
                : List.copyOf(exposedHeaders);
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
