package energy.mwolo.audit.log.messaging;

import energy.mwolo.audit.log.model.IncomingEvent;
import energy.mwolo.audit.log.model.Origin;
import energy.mwolo.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record as an event of the log, whatever its producer did: CloudEvents headers when present; the
 * record key as subject when {@code ce_subject} is missing; an id made of the record's coordinates when
 * {@code ce_id} is missing (so its redelivery is still recognised); no occurred-at instant when {@code ce_time}
 * is missing or unreadable.
 */
final class KafkaRecords {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private KafkaRecords() {
    }

    static IncomingEvent incoming(ConsumerRecord<String, byte[]> record, Instant receivedAt) {
        Origin origin = new Origin(record.topic(), record.partition(), record.offset());
        String id = header(record, CloudEventHeaders.ID);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        return new IncomingEvent(
                id == null || id.isEmpty() ? "kafka:" + origin.topic() + "/" + origin.partition() + "/" + origin.offset()
                        : id,
                header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SOURCE),
                subject != null ? subject : record.key(),
                header(record, CloudEventHeaders.ACTOR),
                time(header(record, CloudEventHeaders.TIME)),
                receivedAt,
                origin,
                record.value());
    }

    /** The last value of the header, as UTF-8 text without NUL (PostgreSQL text cannot hold it). */
    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return new String(header.value(), StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    }

    /** RFC 3339 as CloudEvents writes it; outside the years 1 to 9999 it is taken as unreadable. */
    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
