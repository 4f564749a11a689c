package energy.mwolo.audit.log.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaRecordsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00.1234567Z");

    @Test
    void readsTheCloudEventsHeadersOfAPlatformEvent() {
        ConsumerRecord<String, byte[]> record = record("agency-1", "{}");
        header(record, "ce_id", "5f0c7a0e-1111-4a4a-9b9b-000000000001");
        header(record, "ce_type", "geo.AgencyOpened");
        header(record, "ce_source", "geo-service");
        header(record, "ce_subject", "agency-1");
        header(record, "ce_actor", "system");
        header(record, "ce_time", "2026-05-01T08:00:00.5+01:00");

        IncomingEvent event = KafkaRecords.incoming(record, NOW);

        assertThat(event.eventId()).isEqualTo("5f0c7a0e-1111-4a4a-9b9b-000000000001");
        assertThat(event.type()).isEqualTo("geo.AgencyOpened");
        assertThat(event.source()).isEqualTo("geo-service");
        assertThat(event.subject()).isEqualTo("agency-1");
        assertThat(event.actor()).isEqualTo("system");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-05-01T07:00:00.5Z"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-05-01T09:00:00.123456Z"));
        assertThat(event.origin()).isEqualTo(new Origin("geo.agency.events", 1, 17));
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void anEventWithoutHeadersStillGetsAStableIdItsKeyAsSubjectAndNoTime() {
        ConsumerRecord<String, byte[]> record = record("the-key", "not json");
        header(record, "ce_time", "yesterday");

        IncomingEvent event = KafkaRecords.incoming(record, NOW);

        assertThat(event.eventId()).isEqualTo("kafka:geo.agency.events/1/17");
        assertThat(event.subject()).isEqualTo("the-key");
        assertThat(event.type()).isNull();
        assertThat(event.actor()).isNull();
        assertThat(event.occurredAt()).isNull();
    }

    private static ConsumerRecord<String, byte[]> record(String key, String value) {
        return new ConsumerRecord<>("geo.agency.events", 1, 17, key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void header(ConsumerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
