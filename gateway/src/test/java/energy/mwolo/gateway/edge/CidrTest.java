package energy.mwolo.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void containsAddressesInsideItsPrefix() {
        Cidr block = Cidr.parse("172.16.0.0/12");

        assertThat(block.contains(Cidr.literal("172.31.255.1"))).isTrue();
        assertThat(block.contains(Cidr.literal("172.32.0.1"))).isFalse();
        assertThat(block.contains(Cidr.literal("::1"))).isFalse();
    }

    @Test
    void treatsABareAddressAsABlockOfOne() {
        Cidr one = Cidr.parse("127.0.0.1");

        assertThat(one.contains(Cidr.literal("127.0.0.1"))).isTrue();
        assertThat(one.contains(Cidr.literal("127.0.0.2"))).isFalse();
    }

    @Test
    void neverResolvesHostNames() {
        assertThat(Cidr.literal("localhost")).isNull();
        assertThat(Cidr.literal("example.com")).isNull();
        assertThat(Cidr.literal("")).isNull();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("proxy.local/8")).isInstanceOf(IllegalArgumentException.class);
    }
}
