package energy.mwolo.crm.geography;

import energy.mwolo.crm.kernel.InvalidField;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks geo-service for each place (public reads), within a time limit and behind a circuit breaker; places that
 * exist are cached, since reference data rarely changes. A place geo does not know is a 400 naming the field; geo
 * not answering is a 503, so nothing is stored unchecked.
 *
 * <p>The breaker and the time limiter are the {@value #GEO} instances of Resilience4j's Spring Boot registries
 * (configured under {@code resilience4j.*} in application.yml), which publish their state, calls and timeouts as
 * metrics ({@code resilience4j_circuitbreaker_*}, {@code resilience4j_timelimiter_*}).
 */
@Component
@EnableConfigurationProperties(GeoProperties.class)
class HttpPlaces implements Places, DisposableBean {

    static final String GEO = "geo";

    private final RestClient http;
    private final CircuitBreaker breaker;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "geo-call");
        thread.setDaemon(true);
        return thread;
    });
    private final GeoProperties properties;
    private static final Duration CLIENT_GRACE = Duration.ofSeconds(1);

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    HttpPlaces(GeoProperties properties, CircuitBreakerRegistry breakers, TimeLimiterRegistry timeLimiters) {
        // The time limiter decides when a call has taken too long (and counts it as a timeout); the client's own
        // timeouts only free the calling thread a little after it gave up. Equal limits would race, and a call cut
        // by the client would count as a plain failure.
        Duration clientTimeout = properties.timeout().plus(CLIENT_GRACE);
        HttpClient client = HttpClient.newBuilder().connectTimeout(clientTimeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(clientTimeout);
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.breaker = breakers.circuitBreaker(GEO);
        this.timeLimiter = timeLimiters.timeLimiter(GEO);
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

    private static void requireWithin(Place child, Function<Place, UUID> parentOf, Place parent, String field) {
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
            return breaker.executeCallable(() -> timeLimiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> get(path), calls)));
        } catch (CallNotPermittedException | TimeoutException | RestClientException e) {
            throw new GeoUnavailable();
        } catch (Exception e) {
            throw new IllegalStateException("Unexpected failure asking geo-service for " + path, e);
        }
    }

    /** A place geo does not know is an answer, not a failure: it must not open the breaker. */
    private Optional<Place> get(String path) {
        try {
            return Optional.ofNullable(http.get().uri(path).retrieve().body(Place.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

    /** The fields CRM needs from geo's place replies: the place's parents. */
    record Place(UUID id, UUID country, UUID province, UUID commune) {
    }

    private record Cached(Place place, Instant until) {
    }
}
