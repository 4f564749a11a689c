package energy.mwolo.platform.outbox.relay;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Debezium connector configuration of a service's outbox. Kafka Connect in production runs the same keys (see
 * platform/README.md), so the embedded relay and the cluster connector route and label events identically.
 */
public record OutboxRelaySettings(String module, String jdbcUrl, String username, String password, String slotName,
        String publication, Path offsetDir, Duration retryDelay, ReplicationSetup replicationSetup) {

    public Properties engineProperties() {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        Properties p = new Properties();
        p.setProperty("name", module + "-outbox-relay");
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        p.setProperty("offset.storage.file.filename", offsetDir.resolve(module + "-outbox.offsets").toString());
        p.setProperty("offset.flush.interval.ms", "1000");
        p.setProperty("database.hostname", database.getHost());
        p.setProperty("database.port", String.valueOf(database.getPort() > 0 ? database.getPort() : 5432));
        p.setProperty("database.dbname", database.getPath().substring(1));
        p.setProperty("database.user", username);
        p.setProperty("database.password", password == null ? "" : password);
        p.setProperty("topic.prefix", module + "-outbox");
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", slotName);
        p.setProperty("publication.name", publication);
        p.setProperty("publication.autocreate.mode", "disabled");
        p.setProperty("table.include.list", "public.outbox");
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("errors.max.retries", "-1");
        // A batch is sent and acknowledged before its offsets are stored: the larger the batch, the fewer waits.
        p.setProperty("max.batch.size", "2048");
        p.setProperty("max.queue.size", "8192");
        // Busy, batches fill before the interval ends; quiet, an event waits up to it twice (stream, then queue).
        p.setProperty("poll.interval.ms", "10");
        // A restart resumes with a second connection while PostgreSQL still ends the first: retry it soon.
        p.setProperty("slot.retry.delay.ms", "1000");
        p.setProperty("transforms", "outbox,cloudevents");
        p.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.setProperty("transforms.outbox.table.field.event.id", "id");
        p.setProperty("transforms.outbox.table.field.event.key", "aggregate_id");
        p.setProperty("transforms.outbox.table.field.event.payload", "payload");
        p.setProperty("transforms.outbox.route.by.field", "aggregate_type");
        p.setProperty("transforms.outbox.route.topic.replacement", module + ".${routedByValue}.events");
        p.setProperty("transforms.outbox.table.fields.additional.placement",
                "event_type:header:event_type,schema_version:header:schema_version,occurred_at:header:occurred_at,"
                        + "trace_parent:header:trace_parent,request_id:header:request_id,actor:header:actor");
        p.setProperty("transforms.cloudevents.type", CloudEventsHeaders.class.getName());
        p.setProperty("transforms.cloudevents." + CloudEventsHeaders.SOURCE_CONFIG, module + "-service");
        return p;
    }

    /** The publication and slot of a module's outbox unless its settings name others: {@code <module>_outbox}. */
    public static String defaultIdentifier(String module) {
        return module.replace('-', '_') + "_outbox";
    }

    /**
     * The settings of a module's outbox as a Kafka Connect connector reads it: its default publication and slot, and
     * nothing of the embedded engine's own (offsets, restarts), which the worker keeps.
     */
    public static OutboxRelaySettings forConnector(String module, String jdbcUrl, String username, String password) {
        String identifier = defaultIdentifier(module);
        return new OutboxRelaySettings(module, jdbcUrl, username, password, identifier, identifier, Path.of("."),
                Duration.ofSeconds(5), null);
    }

    /** The engine's own keys, which a Kafka Connect worker sets for all its connectors instead. */
    public static final Set<String> ENGINE_KEYS = Set.of("name", "connector.class", "offset.storage",
            "offset.storage.file.filename", "offset.flush.interval.ms");
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    /**
     * This outbox's connector in Kafka Connect: the engine's keys but the engine's own, and converters that write
     * the key, the value and every header as their text, as the embedded relay does (a worker's default JSON
     * converter would wrap each event in a schema envelope that no consumer reads).
     */
    public Map<String, String> connectorConfig() {
        Properties engine = engineProperties();
        Map<String, String> config = new TreeMap<>();
        engine.stringPropertyNames().stream().filter(key -> !ENGINE_KEYS.contains(key))
                .forEach(key -> config.put(key, engine.getProperty(key)));
        config.put("key.converter", STRING_CONVERTER);
        config.put("value.converter", STRING_CONVERTER);
        config.put("header.converter", STRING_CONVERTER);
        return config;
    }

    /**
     * A Kafka Connect worker's producer settings ({@code producer.}-prefixed), the embedded relay's delivery: what
     * every connector's producer inherits.
     */
    public static Map<String, Object> connectProducerConfig() {
        Map<String, Object> config = new TreeMap<>();
        producerConfig(Map.of()).forEach((key, value) -> {
            if (!key.equals(ProducerConfig.CLIENT_ID_CONFIG)) {
                config.put("producer." + key, value);
            }
        });
        return config;
    }

    /**
     * The relay's producer: the service's Kafka client settings (servers, security) with delivery fixed here. Every
     * event is acknowledged by all in-sync replicas, and retries cannot duplicate or reorder (idempotence).
     */
    public static Map<String, Object> producerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return config;
    }
}
