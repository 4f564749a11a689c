package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class ContractEventsIT {

    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void publishesAsTheProducersRelayWouldWithTheSameIdOnARedelivery() {
        UUID agency = UUID.randomUUID();
        AgencyClosed closed = new AgencyClosed(agency, "AG-KN-042", Instant.parse("2026-03-12T09:00:00Z"));

        try (ContractEvents geo = ContractEvents.as(ServiceCatalogue.GEO, kafka.bootstrapServers());
             KafkaEvents events = KafkaEvents.on(kafka.bootstrapServers(), AgencyClosed.CONTRACT.topic())) {
            UUID eventId = geo.publish(AgencyClosed.CONTRACT, agency.toString(), closed);
            geo.publish(eventId, AgencyClosed.CONTRACT, agency.toString(), closed);

            List<ReceivedEvent> received = events.awaitAtLeast(2, e -> agency.toString().equals(e.key()),
                    Duration.ofSeconds(30));
            assertThat(received).extracting(e -> e.header("ce_id")).containsOnly(eventId.toString());
            ReceivedEvent event = received.get(0);
            assertThat(event.header("ce_type")).isEqualTo("geo.AgencyClosed");
            assertThat(event.header("ce_source")).isEqualTo("geo-service");
            assertThat(event.header("ce_subject")).isEqualTo(agency.toString());
            assertThat(event.header("ce_dataschema")).isEqualTo("urn:mwolo:schema:geo.AgencyClosed:v1");
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("content-type")).isEqualTo("application/json");
            assertThat(event.value()).contains("\"code\":\"AG-KN-042\"");
        }
    }

    @Test
    void aServiceCannotPublishAnotherServicesEvents() {
        AgencyClosed closed = new AgencyClosed(UUID.randomUUID(), "AG-KN-043", Instant.now());

        try (ContractEvents crm = ContractEvents.as(ServiceCatalogue.CRM, kafka.bootstrapServers())) {
            assertThatThrownBy(() -> crm.publish(AgencyClosed.CONTRACT, "x", closed))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }
}
