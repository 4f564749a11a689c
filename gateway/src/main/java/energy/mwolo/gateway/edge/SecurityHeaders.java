package energy.mwolo.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browser hardening headers on every answer, the gateway's own and the upstreams' alike (set, not added, so an
 * upstream's copy is not duplicated). HSTS is sent whenever configured: TLS usually ends at the load balancer, so
 * the gateway itself cannot tell.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeaders implements WebFilter {

    private final String hsts;
    private final String referrerPolicy;
    private final String contentSecurityPolicy;

    public SecurityHeaders(EdgeProperties properties) {
        this.hsts = properties.hsts();
        this.referrerPolicy = properties.referrerPolicy();
        this.contentSecurityPolicy = properties.contentSecurityPolicy();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", referrerPolicy);
            if (!hsts.isEmpty()) {
                headers.set("Strict-Transport-Security", hsts);
            }
            if (!contentSecurityPolicy.isEmpty()) {
                headers.set("Content-Security-Policy", contentSecurityPolicy);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
