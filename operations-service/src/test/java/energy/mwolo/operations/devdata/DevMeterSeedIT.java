package energy.mwolo.operations.devdata;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.devdata.DevCustomer;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.Api;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The devstack's first simulated meter on the dev customer's site, as the dev profile seeds it while crm's events
 * and the meter's readings come in. The rounds are run by the test (the schedule waits an hour here). This context is
 * the module's second: its outbox relay is off, so the shared context's relay keeps the one replication slot.
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = {"mwolo.dev-data.meters=1", "mwolo.dev-data.retry-every=PT1H",
        "mwolo.outbox.relay.enabled=false"})
class DevMeterSeedIT extends AbstractApiIT {

    private static final String NUMBER = "SIM-000001";

    @Autowired
    private DevMeterSeed seed;

    @Test
    void installsTheMeterOnceCrmsSiteIsKnownLinksItFromItsEarliestReadingAndNeverTwice() {
        seed.seedUntilDone();
        assertThat(meters().path("count").asInt()).as("before crm's site arrived").isZero();

        crmAnnouncedTheSiteAndContract();
        seed.seedUntilDone();
        JsonNode installed = meters().path("results").get(0);
        assertThat(installed.path("site").asString()).isEqualTo(DevCustomer.meteredSiteId(NUMBER).toString());
        assertThat(installed.path("serial_number").asString()).isEqualTo(NUMBER);
        assertThat(installed.path("remote_relay").asBoolean()).isTrue();
        assertThat(installed.path("contract").isNull()).as("no reading yet: %s", installed).isTrue();

        Instant firstRead = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        read(installed, "1234.500", firstRead);
        read(installed, "1236.250", firstRead.plus(Duration.ofHours(1)));
        seed.seedUntilDone();
        seed.seedUntilDone();

        Api.Reply mine = api.get("/api/operations/meters/" + installed.path("id").asString() + "/")
                .as(Tokens.clientOf(DevCustomer.clientId())).send();
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("contract").asString())
                .isEqualTo(DevCustomer.meteredContractId(NUMBER).toString());
        assertThat(mine.json().path("links").size()).isEqualTo(1);
        assertThat(mine.json().path("links").get(0).path("opening_register_kwh").asString()).isEqualTo("1234.500");
        assertThat(Instant.parse(mine.json().path("links").get(0).path("linked_at").asString())).isEqualTo(firstRead);
        assertThat(meters().path("count").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from equipment where serial_number = ?").param(NUMBER)
                .query(Long.class).single()).isEqualTo(1);
    }

    private void read(JsonNode meter, String registerKwh, Instant at) {
        Api.Reply reading = post("/api/operations/meters/" + meter.path("id").asString() + "/readings/",
                Map.of("register_kwh", registerKwh, "read_at", at.toString()), Tokens.operations());
        assertThat(reading.status()).as(reading.toString()).isEqualTo(201);
    }

    private JsonNode meters() {
        Api.Reply reply = api.get("/api/operations/meters/?search=" + NUMBER).as(Tokens.operations()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private void crmAnnouncedTheSiteAndContract() {
        UUID client = DevCustomer.clientId();
        UUID site = DevCustomer.meteredSiteId(NUMBER);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into read_sites (id, reference, client_id, name, usage, is_protected, active, changed_at)
                values (?, 'SITE-900001', ?, 'Compteur SIM-000001', 'residential', false, true, ?)
                on conflict do nothing""").params(site, client, now).update();
        jdbc.sql("""
                insert into read_contracts (id, number, client_id, site_id, contract_type, status, site_protected,
                                            changed_at)
                values (?, 'CT-2026-900001', ?, ?, 'metered', 'active', false, ?)
                on conflict do nothing""").params(DevCustomer.meteredContractId(NUMBER), client, site, now).update();
    }
}
