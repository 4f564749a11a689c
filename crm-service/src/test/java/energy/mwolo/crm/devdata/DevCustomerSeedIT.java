package energy.mwolo.crm.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.crm.AbstractApiIT;
import energy.mwolo.crm.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dev profile's customer, as a person signed in as {@code client@mwolo.local} finds it. This context shares the
 * database with the others; its own relay is off (the other contexts' relay owns the slot), so what it announces is
 * read from the outbox.
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = {"mwolo.outbox.relay.enabled=false", "mwolo.dev-data.meters=2"})
class DevCustomerSeedIT extends AbstractApiIT {

    @Autowired
    private DevCustomerSeed seed;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theDevAccountsTokenOpensAnActiveClientWithItsHomeAndOneMeteredContractPerSimulatedMeter() {
        String token = Tokens.clientOf(DevCustomer.clientId());

        Api.Reply me = api.get("/api/crm/clients/me/").as(token).send();
        Api.Reply contracts = api.get("/api/crm/contracts/?ordering=created_at").as(token).send();

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(DevCustomer.clientId().toString());
        assertThat(me.json().path("first_name").asString()).isEqualTo("Bienvenu");
        assertThat(me.json().path("last_name").asString()).isEqualTo("Kabasele");
        assertThat(me.json().path("email").asString()).isEqualTo(DevCustomer.EMAIL);
        assertThat(me.json().path("status").asString()).isEqualTo("active");
        assertThat(me.json().path("user").asString()).isEqualTo(DevCustomer.userId().toString());
        JsonNode page = contracts.json().path("results");
        List<JsonNode> results = IntStream.range(0, page.size()).mapToObj(page::get).toList();
        assertThat(results).extracting(c -> c.path("id").asString()).containsExactlyInAnyOrder(
                DevCustomer.homeContractId().toString(),
                DevCustomer.meteredContractId("SIM-000001").toString(),
                DevCustomer.meteredContractId("SIM-000002").toString());
        assertThat(results).allSatisfy(contract -> {
            assertThat(contract.path("status").asString()).isEqualTo("active");
            assertThat(contract.path("tariff_code").asString()).isEqualTo("RES");
        });
        JsonNode home = results.stream()
                .filter(c -> c.path("id").asString().equals(DevCustomer.homeContractId().toString()))
                .findFirst().orElseThrow();
        assertThat(home.path("contract_type").asString()).isEqualTo("monthly_flat_fee");
        assertThat(home.path("site").asString()).isEqualTo(DevCustomer.homeSiteId().toString());
        assertThat(home.path("start_date").asString()).as("a customer since the month before last")
                .isEqualTo(YearMonth.now(ZoneId.of("Africa/Kinshasa")).minusMonths(2).atDay(1).toString());
    }

    @Test
    void announcesTheSeedOnCrmsTopicsThroughTheOutboxAsAnyOtherChange() {
        assertThat(recordedEvents(DevCustomer.clientId()))
                .containsExactly("crm.ClientRegistered", "crm.ClientStatusChanged");
        assertThat(recordedEvents(DevCustomer.homeSiteId())).containsExactly("crm.SiteRegistered");
        assertThat(recordedEvents(DevCustomer.homeContractId())).containsExactly("crm.ContractActivated");
        assertThat(recordedEvents(DevCustomer.meteredContractId("SIM-000002")))
                .containsExactly("crm.ContractActivated");
    }

    @Test
    void aRestartSeedsNothingTwice() throws Exception {
        long outboxRows = jdbc.sql("select count(*) from outbox").query(Long.class).single();
        long contracts = jdbc.sql("select count(*) from contracts where client_id = ?")
                .param(DevCustomer.clientId()).query(Long.class).single();

        seed.run(null);

        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(outboxRows);
        assertThat(jdbc.sql("select count(*) from contracts where client_id = ?")
                .param(DevCustomer.clientId()).query(Long.class).single()).isEqualTo(contracts).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from clients where lower(email) = ?").param(DevCustomer.EMAIL)
                .query(Long.class).single()).isEqualTo(1);
    }
}
