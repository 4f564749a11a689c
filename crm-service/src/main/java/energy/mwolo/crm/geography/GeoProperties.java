package energy.mwolo.crm.geography;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How CRM reaches geo-service.
 *
 * @param baseUrl            geo-service's address (its place reads are public)
 * @param timeout            connect and read timeout of one call
 * @param cacheTtl           how long a place that exists is remembered (places are reference data)
 * @param openFor            how long the breaker stays open before letting a trial call through
 * @param failureRatePercent failure rate over the last calls that opens the breaker
 */
@ConfigurationProperties("mwolo.geo")
public record GeoProperties(@DefaultValue("http://localhost:8082") String baseUrl,
                            @DefaultValue("2s") Duration timeout,
                            @DefaultValue("10m") Duration cacheTtl,
                            @DefaultValue("30s") Duration openFor,
                            @DefaultValue("50") float failureRatePercent) {
}
