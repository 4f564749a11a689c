package energy.mwolo.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.gateway.problems.GatewayProblem;
import energy.mwolo.gateway.problems.ProblemExceptionHandler;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * One route per service (its paths, its URL, its response timeout, its circuit breaker) and one per service's
 * OpenAPI document, from the {@link ServiceCatalogue} (paths, planned services included: they answer 503 until they
 * run) and {@link RoutingProperties} (URLs, timeouts). Routes are built in code: a typo cannot silently drop a route
 * (an unknown YAML key would).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RouteConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, RoutingProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (PlatformService routed : ServiceCatalogue.routed()) {
            String service = routed.name();
            URI upstream = properties.upstream(service);
            routes.route(service, r -> upstream(r.path(routed.routes().toArray(String[]::new))
                    .filters(f -> breaker(f, service)), service, upstream, properties));
            routes.route(service + "-api-docs", r -> upstream(r.method(HttpMethod.GET).and()
                    .path(routed.apiDocsPath())
                    .filters(f -> breaker(f.setPath("/v3/api-docs").preserveHostHeader(), service)),
                    service, upstream, properties));
        }
        return routes.build();
    }

    private static Buildable<Route> upstream(UriSpec spec,
            String service, URI upstream, RoutingProperties properties) {
        return spec.metadata(ProblemExceptionHandler.SERVICE_METADATA, service)
                .metadata(CONNECT_TIMEOUT_ATTR, (int) properties.connectTimeout().toMillis())
                .metadata(RESPONSE_TIMEOUT_ATTR, properties.responseTimeout(service).toMillis())
                .uri(upstream);
    }

    private static GatewayFilterSpec breaker(GatewayFilterSpec filters, String service) {
        return filters.circuitBreaker(config -> config.setName(service)
                .setFallbackUri("forward:" + UpstreamUnavailable.PATH + service));
    }

    /**
     * A breaker per service. The time limit is the route's response timeout (the breaker's own limiter is off), and
     * there is no bulkhead: the reactive default of 25 concurrent calls, whose rejections count as failures, would
     * open the breaker under ordinary load. The connection pool is the limit.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakers(RoutingProperties properties) {
        RoutingProperties.CircuitBreaker settings = properties.circuitBreaker();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                // A client's fault (a body too large) says nothing about the service's health.
                .ignoreExceptions(GatewayProblem.class)
                .build();
        TimeLimiterConfig unlimited = TimeLimiterConfig.custom().timeoutDuration(Duration.ofDays(1)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(breaker)
                .timeLimiterConfig(unlimited)
                .build());
    }
}
