package energy.mwolo.gateway.edge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Who is on the other end: the connection's address, unless that is a trusted proxy, in which case the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy. A client cannot choose its own address (and so
 * its own rate limit bucket) by sending the header: from an untrusted peer it is ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ClientAddress implements WebFilter {

    /** Exchange attribute holding the client's IP address as text. */
    public static final String ATTRIBUTE = ClientAddress.class.getName() + ".ip";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trustedProxies;

    public ClientAddress(EdgeProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream()
                .filter(StringUtils::hasText).map(Cidr::parse).toList();
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
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (trustedProxies.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList(FORWARDED_FOR);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            byte[] address = Cidr.literal(hop);
            if (address == null) {
                return peer; // a garbled chain: trust nothing in it
            }
            if (!isTrusted(hop)) {
                return normalized(address);
            }
        }
        return peer;
    }

    /** One spelling per address ({@code 2001:db8::5} and {@code 2001:db8:0::5} are one client, one bucket). */
    private static String normalized(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Not an address length: " + address.length, e);
        }
    }

    private boolean isTrusted(String ip) {
        byte[] address = Cidr.literal(ip);
        for (Cidr proxy : trustedProxies) {
            if (proxy.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
