package energy.mwolo.gateway.edge;

import energy.mwolo.contracts.proxies.TrustedProxies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers an upstream receives: the client's, less those only the platform may set (a client must not claim
 * to be a user through {@code X-User-Id}) and less any {@code Forwarded}, {@code X-Forwarded-*} or
 * {@code X-Real-IP} it made up, plus the request id, the client address as the gateway resolved it
 * ({@code X-Forwarded-For}, one entry) and the address the client used ({@code X-Forwarded-Proto}, {@code -Host},
 * {@code -Port}: {@link PublicOrigin}), from which services build their links. Runs last among the gateway's header
 * filters, on the copy they already made: no extra copy per request.
 */
@Component
public class UpstreamHeaders implements HttpHeadersFilter, Ordered {

    private final Set<String> internalNames;
    private final List<String> internalPrefixes;
    private final TrustedProxies trustedProxies;

    public UpstreamHeaders(EdgeProperties properties, TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
        this.internalNames = properties.internalHeaders().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.internalPrefixes = properties.internalHeaderPrefixes().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders output = new HttpHeaders();
        for (Map.Entry<String, List<String>> header : input.headerSet()) {
            if (!isInternal(header.getKey())) {
                output.addAll(header.getKey(), header.getValue());
            }
        }
        String requestId = RequestIds.of(exchange);
        if (requestId != null) {
            output.set(RequestIds.HEADER, requestId);
        }
        output.set("X-Forwarded-For", ClientAddress.of(exchange));
        PublicOrigin.of(exchange.getRequest(), trustedProxies.trusts(ClientAddress.peer(exchange))).writeTo(output);
        return output;
    }

    boolean isInternal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (internalNames.contains(lower) || lower.startsWith("x-forwarded-") || lower.equals("forwarded")
                || lower.equals("x-real-ip")) {
            return true;
        }
        for (String prefix : internalPrefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
