package energy.mwolo.contracts.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevCustomerTest {

    @Test
    void namesTheClientIdentitysDevAccountCarries() {
        assertThat(DevCustomer.clientId()).isEqualTo(UUID.fromString("42e3f3a3-b8b2-3af1-98bd-c3741aa7eb7e"));
    }

    @Test
    void numbersMetersAsTheFleetDoesAndGivesEachItsOwnSiteAndContract() {
        assertThat(DevCustomer.meterNumber(1)).isEqualTo("SIM-000001");
        assertThat(DevCustomer.meteredSiteId("SIM-000001")).isNotEqualTo(DevCustomer.meteredSiteId("SIM-000002"))
                .isNotEqualTo(DevCustomer.homeSiteId());
        assertThat(DevCustomer.meteredContractId("SIM-000001")).isNotEqualTo(DevCustomer.homeContractId());
    }
}
