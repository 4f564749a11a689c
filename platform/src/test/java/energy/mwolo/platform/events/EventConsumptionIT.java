package energy.mwolo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.platform.probe.AbstractProbeIT;
import energy.mwolo.platform.probe.FailedDeliveries;
import energy.mwolo.platform.probe.ProbeApplication;
import energy.mwolo.platform.probe.ProbeEvents;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import energy.mwolo.embedded.SharedKafka;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/** A service's consumer declared with {@link EventConsumer}, against the real broker and database. */
class EventConsumptionIT extends AbstractProbeIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = LeadSubmitted.CONTRACT.topic();

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private FailedDeliveries failures;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private ProbeEvents events;

    @BeforeEach
    void connect() {
        events = new ProbeEvents(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String key = UUID.randomUUID().toString();
        UUID twice = UUID.randomUUID();
        double duplicatesBefore = duplicates();

        events.publish(twice, LeadSubmitted.CONTRACT, key, lead("deux.fois@example.cd"));
        events.publish(twice, LeadSubmitted.CONTRACT, key, lead("deux.fois@example.cd"));
        UUID after = publishLead(key);

        awaitApplied(after);
        assertThat(applications(twice)).isEqualTo(1);
        assertThat(inboxRows(twice)).isEqualTo(1);
        assertThat(duplicates()).isEqualTo(duplicatesBefore + 1);
    }

    @Test
    void theHandlerRunsWithTheEventsRequestIdAndTraceparentInTheLogContext() {
        UUID id = UUID.randomUUID();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ProducerRecord<String, String> record = ProbeEvents.record(id, LeadSubmitted.CONTRACT, "k-" + id,
                ContractJson.write(lead("trace@example.cd")));
        record.headers().add("x-request-id", "req-kinshasa-7".getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));

        events.send(record);

        awaitApplied(id);
        assertThat(jdbc.sql("select request_id, traceparent from probe_leads where event_id = ?").param(id)
                .query((row, n) -> row.getString(1) + " " + row.getString(2)).single())
                .isEqualTo("req-kinshasa-7 " + traceparent);
    }

    @Test
    void aRecordWithoutCeIdGoesToTheDeadLetterTopicAtOnceWithTheErrorAndIsCountedAndLaterOnesAreApplied() {
        String key = UUID.randomUUID().toString();
        double deadBefore = deadLettered();
        String value = ContractJson.write(lead("sans.id@example.cd"));

        RecordMetadata bad = events.publishRaw(TOPIC, key, value, Map.of("ce_type", "cms.LeadSubmitted"));
        UUID later = publishLead(key);

        awaitApplied(later);
        ReceivedEvent dead = deadLetter(key);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(dead.header("kafka_dlt-exception-cause-fqcn")).isEqualTo(UnusableEvent.class.getName());
        assertThat(dead.header("kafka_dlt-exception-message")).contains("No ce_id");
        assertThat(dead.header("kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(failures.of(TOPIC, bad.partition(), bad.offset())).as("failed deliveries: no retry").isEqualTo(1);
        assertThat(deadLettered()).isEqualTo(deadBefore + 1);
    }

    @Test
    void aPayloadThatIsNotTheContractGoesToTheDeadLetterTopicAtOnceAndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        UUID id = UUID.randomUUID();

        RecordMetadata bad = events.publishRaw(TOPIC, key, "{\"name\": \"Mbuyi\"", Map.of("ce_id", id.toString(),
                "ce_type", "cms.LeadSubmitted"));
        UUID later = publishLead(key);

        awaitApplied(later);
        assertThat(deadLetter(key).header("kafka_dlt-exception-message")).contains("not a readable");
        assertThat(failures.of(TOPIC, bad.partition(), bad.offset())).isEqualTo(1);
        assertThat(inboxRows(id)).isZero();
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotHandleIsSkippedWithoutAnInboxRow() {
        String key = UUID.randomUUID().toString();
        UUID archived = UUID.randomUUID();

        events.publishRaw(TOPIC, key, "{}", Map.of("ce_id", archived.toString(), "ce_type", "cms.LeadArchived"));
        UUID later = publishLead(key);

        awaitApplied(later);
        assertThat(inboxRows(archived)).isZero();
    }

    @Test
    void anEventAppliedWhoseOffsetWasNotCommittedBeforeACrashIsDeliveredAgainAndSkipped() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID applied = UUID.randomUUID();
        RecordMetadata where = events.publish(applied, LeadSubmitted.CONTRACT, key, lead("crash@example.cd"));
        awaitApplied(applied);
        double duplicatesBefore = duplicates();

        // The service stops right after the commit of the effect, before the offset of the event is committed:
        // Kafka hands the event out again from the offset committed before it.
        listeners.stop();
        Awaitility.await().atMost(WAIT).until(() -> listeners.getListenerContainers().stream()
                .noneMatch(MessageListenerContainer::isRunning));
        try (Admin admin = Admin.create(SharedKafka.at(bootstrapServers()).orElseThrow().adminClientProperties())) {
            TopicPartition partition = new TopicPartition(TOPIC, where.partition());
            Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> admin
                    .alterConsumerGroupOffsets("probe-service", Map.of(partition,
                            new OffsetAndMetadata(where.offset()))).all().get());
        }
        listeners.start();
        UUID later = publishLead(key);

        awaitApplied(later);
        assertThat(applications(applied)).isEqualTo(1);
        assertThat(duplicates()).isGreaterThanOrEqualTo(duplicatesBefore + 1);
    }

    private UUID publishLead(String key) {
        UUID id = UUID.randomUUID();
        events.publish(id, LeadSubmitted.CONTRACT, key, lead(id + "@example.cd"));
        return id;
    }

    private void awaitApplied(UUID eventId) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> applications(eventId) > 0);
    }

    private long applications(UUID eventId) {
        return jdbc.sql("select count(*) from probe_leads where event_id = ?").param(eventId).query(Long.class)
                .single();
    }

    private long inboxRows(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where consumer = ? and event_id = ?")
                .params(ProbeApplication.LEADS, eventId).query(Long.class).single();
    }

    private ReceivedEvent deadLetter(String key) {
        try (KafkaEvents dlt = KafkaEvents.on(bootstrapServers(), TOPIC + ".dlt")) {
            return dlt.awaitAtLeast(1, e -> key.equals(e.key()), WAIT).stream().filter(e -> key.equals(e.key()))
                    .findFirst().orElseThrow();
        }
    }

    private double duplicates() {
        return meters.get("mwolo.events.duplicates").tag("consumer", ProbeApplication.LEADS).counter().count();
    }

    private double deadLettered() {
        return meters.get("mwolo.events.dead.lettered").tag("consumer", ProbeApplication.LEADS).tag("topic", TOPIC)
                .counter().count();
    }

    private static LeadSubmitted lead(String email) {
        return new LeadSubmitted(UUID.randomUUID(), "Mbuyi Kalala", email, "+243 81 234 5678", "Raccordement",
                "Bonjour, je souhaite un raccordement à Limete.", Instant.now());
    }
}
