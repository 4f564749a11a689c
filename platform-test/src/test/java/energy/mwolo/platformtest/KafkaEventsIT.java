package energy.mwolo.platformtest;

import energy.mwolo.embedded.SharedKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaEventsIT {

    private final SharedKafka kafka = SharedKafka.start();

    @Test
    void readsBackTheEventsAFilterMatchesWithTheirKeyValueAndHeaders() throws Exception {
        String topic = "probe." + UUID.randomUUID() + ".events";
        String aggregateId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, "{\"name\":\"Gombe\"}");
            record.headers().add("ce_type", "geo.PlaceCreated".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", "event-1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
            producer.send(new ProducerRecord<>(topic, aggregateId, "{\"other\":true}")).get();
        }

        try (KafkaEvents events = KafkaEvents.on(kafka.bootstrapServers(), topic)) {
            List<ReceivedEvent> created = events.awaitAtLeast(1,
                    e -> "geo.PlaceCreated".equals(e.header("ce_type")), Duration.ofSeconds(30));
            assertThat(created).singleElement().satisfies(event -> {
                assertThat(event.topic()).isEqualTo(topic);
                assertThat(event.key()).isEqualTo(aggregateId);
                assertThat(event.value()).isEqualTo("{\"name\":\"Gombe\"}");
                assertThat(event.headers()).containsEntry("ce_id", "event-1");
                assertThat(event.header("missing")).isNull();
            });
            assertThat(events.readAll(Duration.ofMillis(500))).hasSize(2);
        }
    }

    @Test
    void waitingForEventsThatNeverComeFailsWithWhatWasRead() {
        try (KafkaEvents events = KafkaEvents.on(kafka.bootstrapServers(), "probe.never-written.events")) {
            assertThatThrownBy(() -> events.awaitAtLeast(1, e -> true, Duration.ofSeconds(1)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("probe.never-written.events")
                    .hasMessageContaining("does not exist");
            assertThat(events.readAll(Duration.ofMillis(200))).isEmpty();
        }
    }

    @Test
    void readsAsAnotherUserWhenGivenItsSettings() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.IDENTITY_USER_EVENTS, key, "{}")).get();
        }
        Map<String, Object> crm = kafka.clientProperties(kafka.credentials(ServiceCatalogue.CRM));
        Map<String, Object> geo = kafka.clientProperties(kafka.credentials(ServiceCatalogue.GEO));

        try (KafkaEvents asCrm = KafkaEvents.on(crm, Topics.IDENTITY_USER_EVENTS);
             KafkaEvents asGeo = KafkaEvents.on(geo, Topics.IDENTITY_USER_EVENTS)) {
            assertThat(asCrm.awaitAtLeast(1, e -> key.equals(e.key()), Duration.ofSeconds(30))).hasSize(1);
            assertThatThrownBy(() -> asGeo.awaitAtLeast(1, Duration.ofSeconds(2)))
                    .as("geo consumes nothing: the topic is hidden from it").isInstanceOf(AssertionError.class)
                    .hasMessageContaining("does not exist");
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(kafka.adminClientProperties(), new StringSerializer(), new StringSerializer());
    }
}
