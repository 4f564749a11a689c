package energy.mwolo.crm;

import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What billing and operations read: events on the CRM topics, through the outbox relay, with CloudEvents headers. */
class EventsIT extends AbstractApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aClientsRegistrationIsPublishedWithCloudEventsHeaders() {
        UUID client = client();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.client.events")) {
            ReceivedEvent event = events.awaitAtLeast(1, e -> client.toString().equals(e.key())
                    && "crm.ClientRegistered".equals(e.header("ce_type")), WAIT).get(0);
            assertThat(event.header("ce_source")).isEqualTo("crm-service");
            assertThat(event.header("ce_subject")).isEqualTo(client.toString());
            assertThat(event.header("ce_dataschema")).isEqualTo("urn:mwolo:schema:crm.ClientRegistered:v1");
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("ce_id")).isNotBlank();
            assertThat(JSON.readTree(event.value()).path("status").asString()).isEqualTo("prospect");
        }
    }

    @Test
    void contractEventsCarryTheTariffCodeAndOnlyANewCodeIsAnnouncedAsATariffChange() {
        UUID client = client();
        UUID site = site(client);
        UUID contract = contract(Bodies.with(Bodies.contract(client, site), "tariff_code", "RES-SOCIAL"));
        String path = "/api/crm/contracts/" + contract + "/";
        api.post(path + "activate/", null).as(Tokens.salesAgent()).send();
        api.patch(path, Map.of("tariff_code", "RES-BT")).as(Tokens.salesAgent()).send();
        api.patch(path, Map.of("tariff_code", "res-bt")).as(Tokens.salesAgent()).send();

        assertThat(recordedEvents(contract)).containsExactly("crm.ContractActivated", "crm.ContractTariffChanged");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.contract.events")) {
            var received = events.awaitAtLeast(2, e -> contract.toString().equals(e.key()), WAIT);
            assertThat(received).extracting(e -> e.header("ce_type"))
                    .containsExactly("crm.ContractActivated", "crm.ContractTariffChanged");
            assertThat(received.get(1).header("ce_dataschema"))
                    .isEqualTo("urn:mwolo:schema:crm.ContractTariffChanged:v1");
            assertThat(JSON.readTree(received.get(0).value()).path("tariff_code").asString()).isEqualTo("RES-SOCIAL");
            JsonNode changed = JSON.readTree(received.get(1).value());
            assertThat(changed.path("tariff_code").asString()).isEqualTo("RES-BT");
            assertThat(changed.path("price_per_kwh").asString()).isEqualTo("250.5000");
        }
    }

    @Test
    void contractLifecycleCarriesClientSiteProtectionAndTariff() {
        UUID client = client();
        UUID site = site(client);
        UUID contract = contract(client, site);
        String path = "/api/crm/contracts/" + contract + "/";
        api.post(path + "activate/", null).as(Tokens.salesAgent()).send();
        api.patch(path, Map.of("price_per_kwh", "300")).as(Tokens.salesAgent()).send();
        api.post(path + "suspend/", null).as(Tokens.salesAgent()).send();
        api.post(path + "terminate/", null).as(Tokens.salesAgent()).send();

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.contract.events")) {
            var received = events.awaitAtLeast(4, e -> contract.toString().equals(e.key()), WAIT);
            assertThat(received).extracting(e -> e.header("ce_type")).containsExactly("crm.ContractActivated",
                    "crm.ContractTariffChanged", "crm.ContractSuspended", "crm.ContractTerminated");
            JsonNode activated = JSON.readTree(received.get(0).value());
            assertThat(activated.path("client_id").asString()).isEqualTo(client.toString());
            assertThat(activated.path("site_id").asString()).isEqualTo(site.toString());
            assertThat(activated.path("site_protected").asBoolean()).isTrue();
            assertThat(activated.path("price_per_kwh").asString()).isEqualTo("250.5000");
            assertThat(activated.path("currency").asString()).isEqualTo("CDF");
            assertThat(activated.path("billing_day").asInt()).isEqualTo(5);
            assertThat(activated.has("tariff_code")).as("a contract without tariff code").isFalse();
            assertThat(JSON.readTree(received.get(1).value()).path("price_per_kwh").asString()).isEqualTo("300.0000");
        }
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "crm.site.events")) {
            events.awaitAtLeast(1, e -> site.toString().equals(e.key())
                    && "crm.SiteRegistered".equals(e.header("ce_type")), WAIT);
        }
    }
}
