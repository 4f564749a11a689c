package energy.mwolo.contracts.proxies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies behindProxies = TrustedProxies.of(List.of("10.0.0.0/8", "::1/128"));

    @Test
    void takesTheConnectionsAddressWhenNoProxyIsTrusted() {
        assertThat(TrustedProxies.none().clientAddress("198.51.100.7", List.of("203.0.113.1")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindProxies.clientAddress("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void believesForwardedForFromATrustedProxy() {
        assertThat(behindProxies.clientAddress("10.1.2.3", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void takesTheRightMostAddressThatIsNotAProxyAcrossHeaderLines() {
        // The client wrote the first entry itself; only what our proxies appended counts.
        assertThat(behindProxies.clientAddress("10.1.2.3", List.of("1.2.3.4, 203.0.113.1", "10.9.9.9")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void fallsBackToThePeerOnAGarbledChain() {
        assertThat(behindProxies.clientAddress("10.1.2.3", List.of("evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.clientAddress("10.1.2.3", List.of("203.0.113.1:4711"))).isEqualTo("10.1.2.3");
    }

    @Test
    void fallsBackToThePeerWhenNoHeaderWasSent() {
        assertThat(behindProxies.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void spellsEachIpv6ClientOneWay() {
        assertThat(behindProxies.clientAddress("::1", List.of("2001:db8::5"))).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(behindProxies.clientAddress("0:0:0:0:0:0:0:1", List.of("2001:db8:0::5")))
                .isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void trustsOnlyLiteralAddressesInsideItsBlocks() {
        TrustedProxies loopback = TrustedProxies.of(List.of("127.0.0.1/32, ::1/128"));

        assertThat(loopback.trusts("127.0.0.1")).isTrue();
        assertThat(loopback.trusts("::1")).isTrue();
        assertThat(loopback.trusts("127.0.0.2")).isFalse();
        assertThat(loopback.trusts("localhost")).isFalse();
        assertThat(loopback.trusts(null)).isFalse();
    }

    @Test
    void readsAnEmptyListAsNobody() {
        assertThat(TrustedProxies.of(List.of("", " ")).isEmpty()).isTrue();
        assertThat(TrustedProxies.of(List.of()).trusts("127.0.0.1")).isFalse();
    }

    @Test
    void refusesABlockThatIsNotOne() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("gateway.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway.internal");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
