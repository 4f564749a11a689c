package energy.mwolo.connect;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.platform.outbox.relay.OutboxRelaySettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The worker and its connectors, from environment variables (those of the services where they mean the same):
 *
 * <ul>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} (required), {@code MWOLO_KAFKA_USERNAME} and {@code MWOLO_KAFKA_PASSWORD}
 *       (SCRAM-SHA-512; none: no authentication), {@code MWOLO_KAFKA_SECURITY_PROTOCOL} ({@code SASL_PLAINTEXT} with
 *       a user, else {@code PLAINTEXT});</li>
 *   <li>{@code MWOLO_CONNECT_GROUP} ({@code mwolo-connect}: also the prefix of its state topics, as its Kafka user's
 *       ACLs allow), {@code MWOLO_CONNECT_REPLICATION_FACTOR} ({@code -1}: the broker's default),
 *       {@code MWOLO_CONNECT_REST_HOST} and {@code MWOLO_CONNECT_REST_PORT} ({@code 0.0.0.0}, {@code 8083}),
 *       {@code MWOLO_CONNECT_PLUGIN_PATH} (none: the connector and transformation are on the class path, as in the
 *       image);</li>
 *   <li>{@code MWOLO_CONNECT_OUTBOXES}: the services whose outbox it relays, by name ({@code geo,crm}; default:
 *       every service that publishes events), each from database {@code mwolo_<name>} as its owner on
 *       {@code MWOLO_CONNECT_DATABASE_HOST}:{@code MWOLO_CONNECT_DATABASE_PORT} ({@code postgres}:{@code 5432}), with
 *       the password in {@code MWOLO_DB_PASSWORD_<NAME>}, which the connector names and the worker reads at run time
 *       (it is never stored in Connect's configuration topic).</li>
 * </ul>
 */
record WorkerSettings(Map<String, String> worker, Map<String, Map<String, String>> connectors, String restUrl) {

    static final String DEFAULT_GROUP = KafkaUsers.CONNECT_GROUP;

    static WorkerSettings from(Map<String, String> env) {
        String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        if (bootstrap.isBlank()) {
            throw new IllegalArgumentException("KAFKA_BOOTSTRAP_SERVERS is required");
        }
        String group = value(env, "MWOLO_CONNECT_GROUP", DEFAULT_GROUP);
        String restHost = value(env, "MWOLO_CONNECT_REST_HOST", "0.0.0.0");
        int restPort = Integer.parseInt(value(env, "MWOLO_CONNECT_REST_PORT", "8083"));
        String replication = value(env, "MWOLO_CONNECT_REPLICATION_FACTOR", "-1");

        Map<String, String> worker = new TreeMap<>();
        worker.put("bootstrap.servers", bootstrap);
        worker.put("group.id", group);
        worker.put("config.storage.topic", group + "-configs");
        worker.put("offset.storage.topic", group + "-offsets");
        worker.put("status.storage.topic", group + "-status");
        worker.put("config.storage.replication.factor", replication);
        worker.put("offset.storage.replication.factor", replication);
        worker.put("status.storage.replication.factor", replication);
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("listeners", "http://" + restHost + ":" + restPort);
        String pluginPath = value(env, "MWOLO_CONNECT_PLUGIN_PATH", "");
        if (!pluginPath.isEmpty()) {
            worker.put("plugin.path", pluginPath);
        }
        worker.put("config.providers", "env");
        worker.put("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        OutboxRelaySettings.connectProducerConfig().forEach((key, value) -> worker.put(key, value.toString()));
        security(env).forEach((key, value) -> {
            // The worker's own clients, its connectors' producers, and the admin that creates their topics.
            worker.put(key, value);
            worker.put("producer." + key, value);
            worker.put("admin." + key, value);
            worker.put("consumer." + key, value);
        });

        String host = value(env, "MWOLO_CONNECT_DATABASE_HOST", "postgres");
        String port = value(env, "MWOLO_CONNECT_DATABASE_PORT", "5432");
        Map<String, Map<String, String>> connectors = new LinkedHashMap<>();
        for (String name : outboxes(env)) {
            String database = "mwolo_" + name;
            OutboxRelaySettings settings = OutboxRelaySettings.forConnector(name,
                    "jdbc:postgresql://" + host + ":" + port + "/" + database, database,
                    "${env:" + passwordVariable(name) + "}");
            Map<String, String> config = new TreeMap<>(settings.connectorConfig());
            config.put("connector.class", settings.engineProperties().getProperty("connector.class"));
            config.put("tasks.max", "1");
            connectors.put(name + "-outbox", config);
        }
        String restUrl = "http://" + ("0.0.0.0".equals(restHost) ? "127.0.0.1" : restHost) + ":" + restPort;
        return new WorkerSettings(worker, connectors, restUrl);
    }

    /** The variable of a database owner's password, as the provisioning and every service name it. */
    static String passwordVariable(String service) {
        return "MWOLO_DB_PASSWORD_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<String> outboxes(Map<String, String> env) {
        String listed = env.getOrDefault("MWOLO_CONNECT_OUTBOXES", "");
        if (listed.isBlank()) {
            return KafkaUsers.publishers().stream().map(PlatformService::name).toList();
        }
        List<String> names = new ArrayList<>();
        Arrays.stream(listed.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        return names;
    }

    private static Map<String, String> security(Map<String, String> env) {
        String username = env.getOrDefault("MWOLO_KAFKA_USERNAME", "");
        Map<String, String> security = new TreeMap<>();
        if (username.isBlank()) {
            security.put("security.protocol", value(env, "MWOLO_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"));
            return security;
        }
        security.put("security.protocol", value(env, "MWOLO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"));
        security.put("sasl.mechanism", "SCRAM-SHA-512");
        security.put("sasl.jaas.config", KafkaUsers.scramJaasConfig(username,
                env.getOrDefault("MWOLO_KAFKA_PASSWORD", "")));
        return security;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
