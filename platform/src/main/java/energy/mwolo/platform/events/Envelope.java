package energy.mwolo.platform.events;

import energy.mwolo.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What a Kafka record says about the event it carries: the CloudEvents attributes of its headers (binary mode),
 * the tracing headers, where it was read, and its payload. Headers are read as UTF-8, the last one of a name wins,
 * and NUL characters become U+FFFD (PostgreSQL text cannot hold them). The subject falls back to the record key
 * (the aggregate id), and a {@code ce_time} that is not RFC 3339 between the years 1 and 9999 reads as no time.
 *
 * <p>{@link #strict} is for service consumers: an event without a usable id cannot be deduplicated, so it is
 * refused ({@link UnusableEvent}). {@link #lenient} is for a consumer that must keep every record (the audit log):
 * a missing or blank id is replaced by one made of the record's coordinates, stable across redeliveries.
 *
 * @param id          {@code ce_id}; in strict mode a UUID in canonical form
 * @param type        {@code ce_type}, e.g. {@code geo.AgencyOpened}, or null
 * @param source      {@code ce_source}, the publishing service, or null
 * @param subject     {@code ce_subject}, else the record key
 * @param time        {@code ce_time}, or null when missing or unreadable
 * @param dataSchema  {@code ce_dataschema}: the contract and its version, or null
 * @param actor       {@code ce_actor}: a user id, {@code anonymous} or {@code system}, or null
 * @param traceparent W3C {@code traceparent}, or null
 * @param requestId   {@code x-request-id} of the HTTP request that caused the event, or null
 * @param payload     the record's value as deserialized, null for a tombstone
 */
public record Envelope<V>(String id, String type, String source, String subject, Instant time, String dataSchema,
                          String actor, String traceparent, String requestId, String topic, int partition,
                          long offset, V payload) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    // UUID.fromString alone accepts short forms such as 1-2-3-4-5.
    private static final Pattern UUID_TEXT =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /** The envelope of a service's input: refuses a record whose {@code ce_id} is missing, blank or not a UUID. */
    public static <V> Envelope<V> strict(ConsumerRecord<String, V> record) {
        String id = header(record.headers(), CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw new UnusableEvent("No ce_id on " + coordinates(record) + ": it cannot be deduplicated");
        }
        if (!UUID_TEXT.matcher(id.strip()).matches()) {
            throw new UnusableEvent("ce_id '" + id + "' on " + coordinates(record) + " is not a UUID");
        }
        return read(record, UUID.fromString(id.strip()).toString());
    }

    /** The envelope of any record: without a {@code ce_id}, the id is {@code kafka:<topic>/<partition>/<offset>}. */
    public static <V> Envelope<V> lenient(ConsumerRecord<String, V> record) {
        String id = header(record.headers(), CloudEventHeaders.ID);
        return read(record, id == null || id.isBlank()
                ? "kafka:" + record.topic() + "/" + record.partition() + "/" + record.offset()
                : id);
    }

    /** The id as a UUID; always one for a strict envelope. */
    public UUID eventId() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnusableEvent("Event id '" + id + "' is not a UUID", e);
        }
    }

    /** {@code topic/partition@offset}, for logs and messages. */
    public String coordinates() {
        return topic + "/" + partition + "@" + offset;
    }

    private static <V> Envelope<V> read(ConsumerRecord<String, V> record, String id) {
        Headers headers = record.headers();
        String subject = header(headers, CloudEventHeaders.SUBJECT);
        return new Envelope<>(id,
                header(headers, CloudEventHeaders.TYPE),
                header(headers, CloudEventHeaders.SOURCE),
                subject != null ? subject : record.key(),
                time(header(headers, CloudEventHeaders.TIME)),
                header(headers, CloudEventHeaders.DATA_SCHEMA),
                header(headers, CloudEventHeaders.ACTOR),
                header(headers, CloudEventHeaders.TRACEPARENT),
                header(headers, CloudEventHeaders.REQUEST_ID),
                record.topic(), record.partition(), record.offset(),
                record.value());
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return new String(header.value(), StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    }

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

    private static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
