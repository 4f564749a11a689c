package energy.mwolo.gateway.edge;

import energy.mwolo.contracts.proxies.TrustedProxies;
import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Who is on the other end: the connection's address, unless that is a trusted proxy, in which case the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy ({@link TrustedProxies}, the rule the services
 * apply too). A client cannot choose its own address (and so its own rate limit bucket) by sending the header: from
 * an untrusted peer it is ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ClientAddress implements WebFilter {

    /** Exchange attribute holding the client's IP address as text. */
    public static final String ATTRIBUTE = ClientAddress.class.getName() + ".ip";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;

    public ClientAddress(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(ATTRIBUTE, resolve(exchange));
        return chain.filter(exchange);
    }

    /** The client address resolved for this exchange. */
    public static String of(ServerWebExchange exchange) {
        String ip = exchange.getAttribute(ATTRIBUTE);
        return ip == null ? "unknown" : ip;
    }

    String resolve(ServerWebExchange exchange) {
        return trustedProxies.clientAddress(peer(exchange),
                exchange.getRequest().getHeaders().getValuesAsList(FORWARDED_FOR));
    }

    /** The address of the connection's other end, as text. */
    static String peer(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
