package energy.mwolo.crm.geography;

import energy.mwolo.crm.kernel.InvalidField;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks geo-service for each place (public reads), with a timeout and a circuit breaker; places that exist are
 * cached, since reference data rarely changes. A place geo does not know is a 400 naming the field; geo not
 * answering is a 503, so nothing is stored unchecked.
 */
@Component
@EnableConfigurationProperties(GeoProperties.class)
class HttpPlaces implements Places {

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final GeoProperties properties;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    HttpPlaces(GeoProperties properties) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.breaker = CircuitBreaker.of("geo", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRatePercent())
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .waitDurationInOpenState(properties.openFor())
                .build());
        this.properties = properties;
    }

    @Override
    public void requireConsistent(PlaceIds ids) {
        Place country = place("countries", ids.country(), "country");
        Place province = place("provinces", ids.province(), "province");
        Place commune = place("communes", ids.commune(), "commune");
        Place territory = place("territories", ids.territory(), "territory");
        requireWithin(province, p -> p.country(), country, "province");
        requireWithin(commune, c -> c.province(), province, "commune");
        requireWithin(territory, t -> t.province(), province, "territory");
        requireWithin(territory, t -> t.commune(), commune, "territory");
    }

    private static void requireWithin(Place child, java.util.function.Function<Place, UUID> parentOf, Place parent,
                                      String field) {
        if (child != null && parent != null && parentOf.apply(child) != null
                && !Objects.equals(parentOf.apply(child), parent.id())) {
            throw new InvalidField(field, "crm.geo.inconsistent");
        }
    }

    private Place place(String kind, UUID id, String field) {
        if (id == null) {
            return null;
        }
        String path = "/api/geo/" + kind + "/" + id + "/";
        Cached cached = cache.get(path);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return cached.place();
        }
        Place place = fetch(path).orElseThrow(() -> new InvalidField(field, "crm.geo.unknown_place", id));
        cache.put(path, new Cached(place, clock.instant().plus(properties.cacheTtl())));
        return place;
    }

    private Optional<Place> fetch(String path) {
        try {
            return breaker.executeSupplier(() -> {
                try {
                    return Optional.ofNullable(http.get().uri(path).retrieve().body(Place.class));
                } catch (HttpClientErrorException e) {
                    if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                        return Optional.<Place>empty();
                    }
                    throw e;
                }
            });
        } catch (CallNotPermittedException | RestClientException e) {
            throw new GeoUnavailable();
        }
    }

    /** The fields CRM needs from geo's place replies: the place's parents. */
    record Place(UUID id, UUID country, UUID province, UUID commune) {
    }

    private record Cached(Place place, Instant until) {
    }
}
