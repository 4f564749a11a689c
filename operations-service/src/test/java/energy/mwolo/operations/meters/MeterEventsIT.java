package energy.mwolo.operations.meters;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.Tokens;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What billing reads: meter events on operations.meter.events, through the outbox relay, with CloudEvents headers. */
class MeterEventsIT extends AbstractApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "operations.meter.events";

    @Test
    void anInstallationIsPublishedWithItsEquipmentAndCloudEventsHeaders() {
        UUID site = customer().site();
        UUID meter = meter(site);

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), TOPIC)) {
            ReceivedEvent installed = events.awaitAtLeast(1, e -> meter.toString().equals(e.key()), WAIT).get(0);

            assertThat(installed.header("ce_type")).isEqualTo("operations.MeterInstalled");
            assertThat(installed.header("ce_source")).isEqualTo("operations-service");
            assertThat(installed.header("ce_subject")).isEqualTo(meter.toString());
            assertThat(installed.header("ce_dataschema")).isEqualTo("urn:mwolo:schema:operations.MeterInstalled:v1");
            assertThat(installed.header("ce_id")).isNotBlank();
            JsonNode payload = JSON.readTree(installed.value());
            assertThat(payload.path("site_id").asString()).isEqualTo(site.toString());
            assertThat(payload.path("serial_number").asString()).startsWith("SN-");
            assertThat(payload.path("relay_state").asString()).isEqualTo("connected");
            assertThat(payload.path("remote_relay").asBoolean()).isTrue();
        }
    }

    @Test
    void aLinkAnUnlinkAndASwapArePublishedInOrderPerMeterWithTheirRegisterValues() {
        Customer customer = customer();
        UUID old = meter(customer.site());
        UUID replacement = meter(customer.site());
        link(old, customer.contract(), "10");
        post("/api/operations/meters/" + old + "/swap/", Map.of("replacement", replacement.toString(),
                "register_kwh", "250.5", "replacement_register_kwh", "0.25"), Tokens.operations());
        unlink(replacement, "3");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), TOPIC)) {
            List<ReceivedEvent> ofOld = events.awaitAtLeast(3, e -> old.toString().equals(e.key()), WAIT);
            List<ReceivedEvent> ofReplacement = events.awaitAtLeast(3,
                    e -> replacement.toString().equals(e.key()), WAIT);

            assertThat(ofOld).extracting(e -> e.header("ce_type")).containsExactly("operations.MeterInstalled",
                    "operations.MeterLinked", "operations.MeterUnlinked");
            assertThat(ofReplacement).extracting(e -> e.header("ce_type")).containsExactly(
                    "operations.MeterInstalled", "operations.MeterLinked", "operations.MeterUnlinked");
            JsonNode linked = JSON.readTree(ofOld.get(1).value());
            JsonNode swappedOut = JSON.readTree(ofOld.get(2).value());
            JsonNode swappedIn = JSON.readTree(ofReplacement.get(1).value());
            JsonNode unlinked = JSON.readTree(ofReplacement.get(2).value());
            assertThat(linked.path("contract_id").asString()).isEqualTo(customer.contract().toString());
            assertThat(linked.path("opening_register_kwh").asString()).isEqualTo("10.000");
            assertThat(swappedOut.path("closing_register_kwh").asString()).isEqualTo("250.500");
            assertThat(swappedOut.path("replaced_by_meter_id").asString()).isEqualTo(replacement.toString());
            assertThat(swappedOut.path("link_id").asString()).isEqualTo(linked.path("link_id").asString());
            assertThat(swappedIn.path("replaces_meter_id").asString()).isEqualTo(old.toString());
            assertThat(swappedIn.path("opening_register_kwh").asString()).isEqualTo("0.250");
            assertThat(swappedIn.path("linked_at").asString()).isEqualTo(swappedOut.path("unlinked_at").asString());
            assertThat(unlinked.path("closing_register_kwh").asString()).isEqualTo("3.000");
            assertThat(unlinked.has("replaced_by_meter_id")).as("absent, not null").isFalse();
        }
    }

    @Test
    void aRefusedLinkPublishesNothing() {
        Customer customer = customer();
        UUID meter = meter(customer.site());
        link(meter, customer.contract(), "5");
        UUID other = meter(customer.site());
        link(other, customer.contract(), "5");

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), TOPIC)) {
            events.awaitAtLeast(2, e -> meter.toString().equals(e.key()), WAIT);
            assertThat(events.readAll(Duration.ofSeconds(2))).filteredOn(e -> other.toString().equals(e.key()))
                    .extracting(e -> e.header("ce_type")).containsExactly("operations.MeterInstalled");
        }
    }
}
