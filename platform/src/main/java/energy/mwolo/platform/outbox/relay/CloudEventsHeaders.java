package energy.mwolo.platform.outbox.relay;

import energy.mwolo.contracts.CloudEventHeaders;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Kafka Connect transformation applied after Debezium's outbox event router: turns the outbox columns the router
 * placed in headers into CloudEvents 1.0 binary-mode headers ({@code ce_id}, {@code ce_type}, ...). The same class
 * runs in the embedded relay and, as a plugin, in Kafka Connect, so both produce identical messages.
 */
public class CloudEventsHeaders<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String SOURCE_CONFIG = "source";
    static final String EVENT_ID = "id";
    static final String EVENT_TYPE = "event_type";
    static final String SCHEMA_VERSION = "schema_version";
    static final String OCCURRED_AT = "occurred_at";
    static final String TRACE_PARENT = "trace_parent";
    static final String REQUEST_ID = "request_id";
    static final String ACTOR = "actor";

    private static final ConfigDef CONFIG = new ConfigDef().define(SOURCE_CONFIG, ConfigDef.Type.STRING,
            ConfigDef.Importance.HIGH, "CloudEvents source: the publishing service");

    private String source;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(SOURCE_CONFIG);
        if (configured == null || configured.toString().isBlank()) {
            throw new IllegalArgumentException("CloudEventsHeaders needs '" + SOURCE_CONFIG + "'");
        }
        source = configured.toString();
    }

    @Override
    public R apply(R record) {
        if (record.value() == null) {
            return record;
        }
        Headers in = record.headers();
        String type = text(in, EVENT_TYPE);
        Headers out = new ConnectHeaders();
        for (Header header : in) {
            if (!isOutboxColumn(header.key())) {
                out.add(header);
            }
        }
        out.addString(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        out.addString(CloudEventHeaders.ID, text(in, EVENT_ID));
        out.addString(CloudEventHeaders.TYPE, type);
        out.addString(CloudEventHeaders.SOURCE, source);
        out.addString(CloudEventHeaders.TIME, text(in, OCCURRED_AT));
        out.addString(CloudEventHeaders.SUBJECT, record.key() == null ? null : record.key().toString());
        out.addString(CloudEventHeaders.DATA_SCHEMA, "urn:mwolo:schema:" + type + ":v" + text(in, SCHEMA_VERSION));
        out.addString(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        addIfPresent(out, CloudEventHeaders.TRACEPARENT, text(in, TRACE_PARENT));
        addIfPresent(out, CloudEventHeaders.REQUEST_ID, text(in, REQUEST_ID));
        addIfPresent(out, CloudEventHeaders.ACTOR, text(in, ACTOR));
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), record.timestamp(), out);
    }

    private static boolean isOutboxColumn(String key) {
        return switch (key) {
            case EVENT_ID, EVENT_TYPE, SCHEMA_VERSION, OCCURRED_AT, TRACE_PARENT, REQUEST_ID, ACTOR -> true;
            default -> false;
        };
    }

    private static void addIfPresent(Headers headers, String key, String value) {
        if (value != null && !value.isBlank()) {
            headers.addString(key, value);
        }
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastWithName(key);
        return header == null || header.value() == null ? null : header.value().toString();
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }

    @Override
    public void close() {
    }
}
