package energy.mwolo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final String ID = "5f0c7a0e-1111-4a4a-9b9b-000000000001";

    @Test
    void readsEveryAttributeOfAPlatformEvent() {
        ConsumerRecord<String, String> record = record("agency-1", "{}");
        header(record, "ce_id", ID);
        header(record, "ce_type", "geo.AgencyOpened");
        header(record, "ce_source", "geo-service");
        header(record, "ce_subject", "agency-1");
        header(record, "ce_actor", "system");
        header(record, "ce_time", "2026-05-01T08:00:00.5+01:00");
        header(record, "ce_dataschema", "urn:mwolo:schema:geo.AgencyOpened:v1");
        header(record, "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        header(record, "x-request-id", "req-42");

        Envelope<String> envelope = Envelope.strict(record);

        assertThat(envelope).isEqualTo(new Envelope<>(ID, "geo.AgencyOpened", "geo-service", "agency-1",
                Instant.parse("2026-05-01T07:00:00.5Z"), "urn:mwolo:schema:geo.AgencyOpened:v1", "system",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "req-42", "geo.agency.events", 1, 17,
                "{}"));
        assertThat(envelope.eventId()).isEqualTo(UUID.fromString(ID));
        assertThat(envelope.coordinates()).isEqualTo("geo.agency.events/1@17");
    }

    @Test
    void strictReadingRefusesARecordWithoutCeId() {
        ConsumerRecord<String, String> record = record("k", "{}");

        assertThatThrownBy(() -> Envelope.strict(record)).isInstanceOf(UnusableEvent.class)
                .hasMessageContaining("No ce_id on geo.agency.events/1@17");
    }

    @Test
    void strictReadingRefusesABlankCeId() {
        ConsumerRecord<String, String> record = record("k", "{}");
        header(record, "ce_id", "  ");

        assertThatThrownBy(() -> Envelope.strict(record)).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void strictReadingRefusesACeIdThatIsNotAUuidEvenOneJavaWouldParse() {
        ConsumerRecord<String, String> notAtAll = record("k", "{}");
        header(notAtAll, "ce_id", "event-1");
        ConsumerRecord<String, String> shortForm = record("k", "{}");
        header(shortForm, "ce_id", "1-2-3-4-5");

        assertThatThrownBy(() -> Envelope.strict(notAtAll)).isInstanceOf(UnusableEvent.class)
                .hasMessageContaining("'event-1'").hasMessageContaining("not a UUID");
        assertThatThrownBy(() -> Envelope.strict(shortForm)).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void strictReadingGivesTheIdInCanonicalFormSoTheInboxKeyDoesNotDependOnCase() {
        ConsumerRecord<String, String> record = record("k", "{}");
        header(record, "ce_id", " " + ID.toUpperCase() + " ");

        assertThat(Envelope.strict(record).id()).isEqualTo(ID);
    }

    @Test
    void lenientReadingInventsAStableIdFromTheCoordinatesWhenCeIdIsMissingOrBlank() {
        ConsumerRecord<String, String> missing = record("the-key", "not json");
        ConsumerRecord<String, String> blank = record("the-key", "not json");
        header(blank, "ce_id", "");

        assertThat(Envelope.lenient(missing).id()).isEqualTo("kafka:geo.agency.events/1/17");
        assertThat(Envelope.lenient(blank).id()).isEqualTo("kafka:geo.agency.events/1/17");
    }

    @Test
    void lenientReadingKeepsAnIdThatIsNotAUuid() {
        ConsumerRecord<String, String> record = record("k", "{}");
        header(record, "ce_id", "legacy-7");

        Envelope<String> envelope = Envelope.lenient(record);

        assertThat(envelope.id()).isEqualTo("legacy-7");
        assertThatThrownBy(envelope::eventId).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void theSubjectFallsBackToTheRecordKey() {
        ConsumerRecord<String, String> record = record("the-key", "{}");

        assertThat(Envelope.lenient(record).subject()).isEqualTo("the-key");
    }

    @Test
    void aTimeThatIsNotRfc3339OrOutsideYearsOneTo9999ReadsAsNoTime() {
        assertThat(timeOf("yesterday")).isNull();
        assertThat(timeOf("2026-05-01")).as("a date without a time").isNull();
        assertThat(timeOf("+10000-01-01T00:00:00Z")).isNull();
        assertThat(timeOf("-0001-01-01T00:00:00Z")).isNull();
        assertThat(timeOf(" 2026-05-01T08:00:00Z\n")).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(timeOf("2026-05-01T08:00:00.123456789-05:00"))
                .isEqualTo(Instant.parse("2026-05-01T13:00:00.123456789Z"));
    }

    @Test
    void headersAreReadAsUtf8WithTheLastOneWinningAndNulReplaced() {
        ConsumerRecord<String, String> record = record("k", "{}");
        header(record, "ce_actor", "first");
        header(record, "ce_actor", "Kabasele Ngoy Mutombo-Ilunga");
        header(record, "ce_source", "géo\0service");
        record.headers().add("ce_type", new byte[] {(byte) 0xC3, (byte) 0x28});

        Envelope<String> envelope = Envelope.lenient(record);

        assertThat(envelope.actor()).isEqualTo("Kabasele Ngoy Mutombo-Ilunga");
        assertThat(envelope.source()).isEqualTo("géo\uFFFDservice");
        assertThat(envelope.type()).as("invalid UTF-8 decodes with replacement characters").isEqualTo("\uFFFD(");
    }

    @Test
    void aHeaderWithoutValueReadsAsAbsent() {
        ConsumerRecord<String, String> record = record("k", null);
        record.headers().add("ce_type", null);

        Envelope<String> envelope = Envelope.lenient(record);

        assertThat(envelope.type()).isNull();
        assertThat(envelope.payload()).isNull();
    }

    private static Instant timeOf(String text) {
        ConsumerRecord<String, String> record = record("k", "{}");
        header(record, "ce_time", text);
        return Envelope.lenient(record).time();
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>("geo.agency.events", 1, 17, key, value);
    }

    private static void header(ConsumerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
