package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceEventsIT {

    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void publishesAServicesEventAsItsRelayWouldUnderTheGivenEventId() {
        UUID client = UUID.randomUUID();
        UUID eventId;
        try (ServiceEvents crm = ServiceEvents.as(kafka.bootstrapServers(), ServiceCatalogue.CRM)) {
            eventId = crm.publish(ClientStatusChanged.CONTRACT, client,
                    new ClientStatusChanged(client, "CL-2026-000001", "active", "suspended", Instant.now()));
        }

        try (KafkaEvents events = KafkaEvents.on(kafka.bootstrapServers(), "crm.client.events")) {
            ReceivedEvent event = events.awaitAtLeast(1, e -> client.toString().equals(e.key()),
                    Duration.ofSeconds(30)).get(0);
            assertThat(event.header("ce_id")).isEqualTo(eventId.toString());
            assertThat(event.header("ce_type")).isEqualTo("crm.ClientStatusChanged");
            assertThat(event.header("ce_source")).isEqualTo("crm-service");
            assertThat(event.header("ce_dataschema")).isEqualTo(ClientStatusChanged.CONTRACT.dataSchema());
            assertThat(event.value()).contains("\"previous_status\":\"active\"");
        }
    }

    @Test
    void aServiceCannotPublishAnotherServicesEvents() {
        UUID agency = UUID.randomUUID();
        try (ServiceEvents crm = ServiceEvents.as(kafka.bootstrapServers(), ServiceCatalogue.CRM)) {
            assertThatIllegalStateException().isThrownBy(() -> crm.publish(AgencyClosed.CONTRACT, agency,
                    new AgencyClosed(agency, "AG-KN-001", Instant.now())));
        }
    }
}
