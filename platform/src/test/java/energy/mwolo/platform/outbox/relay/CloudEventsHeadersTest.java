package energy.mwolo.platform.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class CloudEventsHeadersTest {

    private static final String EVENT_ID = "0190a5c8-7d1e-7c3a-9b2f-1a2b3c4d5e6f";
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String OCCURRED_AT = "2026-03-01T09:15:30.123456Z";

    @Test
    void routedOutboxColumnsBecomeCloudEventsHeaders() {
        SourceRecord routed = routedEvent(outboxHeaders().addString("schema_version", "1"));

        Headers headers = transform().apply(routed).headers();

        assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(headers, "ce_id")).isEqualTo(EVENT_ID);
        assertThat(text(headers, "ce_type")).isEqualTo("geo.AgencyOpened");
        assertThat(text(headers, "ce_source")).isEqualTo("geo-service");
        assertThat(text(headers, "ce_time")).isEqualTo(OCCURRED_AT);
        assertThat(text(headers, "ce_subject")).isEqualTo("agency-42");
        assertThat(text(headers, "ce_dataschema")).isEqualTo("urn:mwolo:schema:geo.AgencyOpened:v1");
        assertThat(text(headers, "content-type")).isEqualTo("application/json");
        assertThat(text(headers, "traceparent")).isEqualTo(TRACE);
        assertThat(text(headers, "x-request-id")).isEqualTo("req-7");
        assertThat(text(headers, "ce_actor")).isEqualTo("user-9");
    }

    @Test
    void theSchemaVersionIsReadWhateverTypeTheRouterGaveIt() {
        SourceRecord routed = routedEvent(outboxHeaders().addInt("schema_version", 3));

        Headers headers = transform().apply(routed).headers();

        assertThat(text(headers, "ce_dataschema")).isEqualTo("urn:mwolo:schema:geo.AgencyOpened:v3");
    }

    @Test
    void otherHeadersAreKeptAndTheRawOutboxColumnsDropped() {
        SourceRecord routed = routedEvent(outboxHeaders().addString("schema_version", "1"));

        Headers headers = transform().apply(routed).headers();

        assertThat(text(headers, "tenant")).isEqualTo("mwolo-cd");
        assertThat(headers).extracting(Header::key).doesNotContain(
                "id", "event_type", "schema_version", "occurred_at", "trace_parent", "request_id", "actor");
    }

    @Test
    void theRecordItselfIsUnchanged() {
        SourceRecord routed = routedEvent(outboxHeaders().addString("schema_version", "1"));

        SourceRecord out = transform().apply(routed);

        assertThat(out.topic()).isEqualTo("geo.agency.events");
        assertThat(out.key()).isEqualTo("agency-42");
        assertThat(out.value()).isEqualTo(routed.value());
        assertThat(out.timestamp()).isEqualTo(routed.timestamp());
    }

    @Test
    void anEventWrittenOutsideARequestHasNoTracingHeaders() {
        var headers = new ConnectHeaders().addString("id", EVENT_ID).addString("event_type", "geo.AgencyOpened")
                .addString("schema_version", "1").addString("occurred_at", OCCURRED_AT);

        Headers out = transform().apply(routedEvent(headers)).headers();

        assertThat(out.lastWithName("traceparent")).isNull();
        assertThat(out.lastWithName("x-request-id")).isNull();
    }

    @Test
    void aTombstonePassesThroughUntouched() {
        var tombstone = new SourceRecord(Map.of(), Map.of(), "geo.agency.events", null, Schema.STRING_SCHEMA,
                "agency-42", null, null, 1L, outboxHeaders());

        assertThat(transform().apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void theTransformCannotRunWithoutASource() {
        var transform = new CloudEventsHeaders<SourceRecord>();

        assertThatIllegalArgumentException().isThrownBy(() -> transform.configure(Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> transform.configure(Map.of("source", " ")));
        assertThat(transform.config().names()).contains("source");
    }

    private static CloudEventsHeaders<SourceRecord> transform() {
        var transform = new CloudEventsHeaders<SourceRecord>();
        Map<String, Object> config = new HashMap<>();
        config.put("source", "geo-service");
        transform.configure(config);
        return transform;
    }

    /** The record as Debezium's outbox event router leaves it: routed topic, aggregate id as key, headers. */
    private static SourceRecord routedEvent(Headers headers) {
        return new SourceRecord(Map.of(), Map.of(), "geo.agency.events", null, Schema.STRING_SCHEMA, "agency-42",
                Schema.STRING_SCHEMA, "{\"agency_id\":\"agency-42\",\"name\":\"Gombe\"}", 1_772_356_530_123L,
                headers);
    }

    private static ConnectHeaders outboxHeaders() {
        var headers = new ConnectHeaders();
        headers.addString("id", EVENT_ID)
                .addString("event_type", "geo.AgencyOpened")
                .addString("occurred_at", OCCURRED_AT)
                .addString("trace_parent", TRACE)
                .addString("request_id", "req-7")
                .addString("actor", "user-9")
                .addString("tenant", "mwolo-cd");
        return headers;
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastWithName(key);
        assertThat(header).as(key).isNotNull();
        return String.valueOf(header.value());
    }
}
