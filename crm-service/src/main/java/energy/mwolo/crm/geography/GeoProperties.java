package energy.mwolo.crm.geography;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How CRM reaches geo-service.
 *
 * <p>The breaker and the time limit are Resilience4j's {@code geo} instances, configured in application.yml from
 * {@code mwolo.geo.timeout}, {@code mwolo.geo.open-for} and {@code mwolo.geo.failure-rate-percent}.
 *
 * @param baseUrl  geo-service's address (its place reads are public)
 * @param timeout  how long one call may take (the time limiter's limit; the HTTP client gives up 1 s later)
 * @param cacheTtl how long a place that exists is remembered (places are reference data)
 */
@ConfigurationProperties("mwolo.geo")
public record GeoProperties(@DefaultValue("http://localhost:8082") String baseUrl,
                            @DefaultValue("2s") Duration timeout,
                            @DefaultValue("10m") Duration cacheTtl) {
}
