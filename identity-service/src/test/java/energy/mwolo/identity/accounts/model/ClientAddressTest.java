package energy.mwolo.identity.accounts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressCountsAsItself() {
        assertThat(ClientAddress.of("41.243.12.7").value()).isEqualTo("41.243.12.7");
    }

    @Test
    void ipv6AddressesOfOneSlash64CountAsOne() {
        ClientAddress one = ClientAddress.of("2c0f:f8f0:1:2::1");
        ClientAddress other = ClientAddress.of("2c0f:f8f0:1:2:aaaa:bbbb:cccc:dddd");

        assertThat(one).isEqualTo(other);
        assertThat(one.value()).isEqualTo("2c0f:f8f0:1:2::/64");
        assertThat(ClientAddress.of("2c0f:f8f0:1:3::1")).isNotEqualTo(one);
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        assertThat(ClientAddress.of("::ffff:41.243.12.7").value()).isEqualTo("41.243.12.7");
    }

    @Test
    void anythingElseIsKeptAsItIsWithoutALookUp() {
        assertThat(ClientAddress.of("gateway.example").value()).isEqualTo("gateway.example");
        assertThat(ClientAddress.of(null).value()).isEqualTo("unknown");
        assertThat(ClientAddress.of("x".repeat(100)).value()).hasSize(64);
    }
}
