package energy.mwolo.contracts.proxies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    @Test
    void containsAddressesInsideItsPrefix() {
        AddressBlock block = AddressBlock.parse("172.16.0.0/12");

        assertThat(block.contains(AddressBlock.literal("172.31.255.1"))).isTrue();
        assertThat(block.contains(AddressBlock.literal("172.32.0.1"))).isFalse();
        assertThat(block.contains(AddressBlock.literal("::1"))).isFalse();
    }

    @Test
    void treatsABareAddressAsABlockOfOne() {
        AddressBlock one = AddressBlock.parse("127.0.0.1");

        assertThat(one.contains(AddressBlock.literal("127.0.0.1"))).isTrue();
        assertThat(one.contains(AddressBlock.literal("127.0.0.2"))).isFalse();
    }

    @Test
    void neverResolvesHostNames() {
        assertThat(AddressBlock.literal("localhost")).isNull();
        assertThat(AddressBlock.literal("example.com")).isNull();
        assertThat(AddressBlock.literal("")).isNull();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBlock.parse("proxy.local/8")).isInstanceOf(IllegalArgumentException.class);
    }
}
