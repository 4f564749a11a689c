package energy.mwolo.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.proxies.TrustedProxies;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The exchange's side of the rule; the rule itself is {@code TrustedProxiesTest}'s (shared-contracts). */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(TrustedProxies.of(List.of("10.0.0.0/8", "::1/128")));

    @Test
    void takesTheConnectionsAddressWhenNoProxyIsTrusted() {
        ClientAddress direct = new ClientAddress(TrustedProxies.none());

        assertThat(direct.resolve(exchange("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindProxies.resolve(exchange("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheRightMostAddressThatIsNotAProxyFromATrustedOne() {
        assertThat(behindProxies.resolve(exchange("10.1.2.3", "1.2.3.4, 203.0.113.1, 10.9.9.9")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void matchesIpv6Blocks() {
        assertThat(behindProxies.resolve(exchange("::1", "2001:db8::5"))).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    private static MockServerWebExchange exchange(String peer, String forwardedFor) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/geo/provinces/")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("X-Forwarded-For", forwardedFor));
    }
}
