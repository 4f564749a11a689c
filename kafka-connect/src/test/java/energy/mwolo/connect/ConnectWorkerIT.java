package energy.mwolo.connect;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.CloudEventHeaders;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.KafkaCredentials;
import energy.mwolo.embedded.Loopback;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.platform.outbox.relay.ReplicationSetup;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The worker as compose's debezium profile runs it, a separate JVM configured by its environment only, against this
 * JVM's PostgreSQL and Kafka broker (SCRAM, ACLs): it registers geo's outbox connector itself, relays an event as the
 * embedded relay does (the same topic, key, text value and CloudEvents headers), and after being killed resumes from
 * its offsets: an event written while it was down arrives. It comes back as Kubernetes' image runs it: Debezium and the
 * platform's jars not on its class path but in the plugin directory the build assembles ({@code target/plugin}),
 * loaded in isolation as Strimzi's image loads {@code /opt/kafka/plugins}.
 */
class ConnectWorkerIT {

    private static final Duration ASYNC = Duration.ofSeconds(120);
    private static final String TOPIC = "geo.agency.events";

    private static SharedKafka kafka;
    private static SharedPostgres.ServiceDatabase geo;
    private static JdbcClient jdbc;
    private static Process worker;
    private static Map<String, String> environment;
    private static Path log;

    @BeforeAll
    static void geoDatabaseWithItsOutboxAndSlotThenTheWorker() throws IOException {
        SharedPostgres postgres = SharedPostgres.start();
        kafka = SharedKafka.start();
        geo = postgres.ensureServiceDatabase("geo");
        DataSource dataSource = new DriverManagerDataSource(geo.jdbcUrl(), geo.username(), geo.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        // What geo-service does at start with mwolo.outbox.relay.prepare-slot, before the worker exists.
        new ReplicationSetup(jdbc, "geo_outbox", "geo_outbox").ensurePublicationAndSlot();
        KafkaCredentials connect = kafka.ensureUser(KafkaUsers.connect(), "connect-" + UUID.randomUUID());
        environment = Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()),
                Map.entry("MWOLO_KAFKA_USERNAME", connect.username()),
                Map.entry("MWOLO_KAFKA_PASSWORD", connect.password()),
                Map.entry("MWOLO_CONNECT_REPLICATION_FACTOR", "1"),
                Map.entry("MWOLO_CONNECT_REST_HOST", "127.0.0.1"),
                Map.entry("MWOLO_CONNECT_REST_PORT", Integer.toString(Loopback.freePort())),
                Map.entry("MWOLO_CONNECT_OUTBOXES", "geo"),
                Map.entry("MWOLO_CONNECT_DATABASE_HOST", "127.0.0.1"),
                Map.entry("MWOLO_CONNECT_DATABASE_PORT", Integer.toString(postgres.port())),
                Map.entry(WorkerSettings.passwordVariable("geo"), geo.password()));
        log = Files.createTempFile("mwolo-connect-", ".log");
        worker = startWorker(System.getProperty("java.class.path"), null);
    }

    @AfterAll
    static void stopTheWorker() {
        if (worker != null) {
            worker.destroy();
        }
    }

    @Test
    void relaysGeosOutboxAsTheEmbeddedRelayDoesAndResumesAfterBeingKilled() throws Exception {
        UUID first = outboxEvent("{\"name\": \"Agence de Limete\"}");

        ReceivedEvent relayed = awaitEvent(first);

        assertThat(relayed.topic()).isEqualTo(TOPIC);
        assertThat(relayed.value()).as("the payload as written, no converter envelope")
                .isEqualTo("{\"name\": \"Agence de Limete\"}");
        assertThat(relayed.header(CloudEventHeaders.TYPE)).isEqualTo("geo.AgencyOpened");
        assertThat(relayed.header(CloudEventHeaders.SOURCE)).isEqualTo("geo-service");
        assertThat(relayed.header(CloudEventHeaders.SUBJECT)).isEqualTo(relayed.key());
        assertThat(relayed.header(CloudEventHeaders.DATA_SCHEMA)).isEqualTo("urn:mwolo:schema:geo.AgencyOpened:v1");
        assertThat(relayed.header(CloudEventHeaders.SPEC_VERSION)).isEqualTo(CloudEventHeaders.SPEC_VERSION_VALUE);
        assertThat(relayed.header(CloudEventHeaders.ACTOR)).isEqualTo("system");
        assertThat(relayed.header("event_type")).as("outbox columns are not passed on").isNull();

        worker.destroyForcibly().waitFor();
        UUID whileDown = outboxEvent("{\"name\": \"Agence de Ndjili\"}");
        Path plugins = Path.of("target", "plugin");
        assertThat(plugins.resolve("mwolo-outbox")).isDirectory();
        worker = startWorker(withoutPluginJars(System.getProperty("java.class.path")),
                plugins.toAbsolutePath().toString());

        assertThat(awaitEvent(whileDown).value()).isEqualTo("{\"name\": \"Agence de Ndjili\"}");
        assertThat(Files.readString(log)).contains("Connector geo-outbox created", "Connector geo-outbox up to date");
    }

    private static UUID outboxEvent(String payload) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox (id, aggregate_type, aggregate_id, event_type, schema_version, payload,
                            occurred_at, actor)
                        values (?, 'agency', ?, 'geo.AgencyOpened', 1, ?::jsonb, now(), 'system')""")
                .params(id, UUID.randomUUID().toString(), payload).update();
        return id;
    }

    private static ReceivedEvent awaitEvent(UUID id) {
        try (KafkaEvents events = KafkaEvents.on(kafka.adminClientProperties(), TOPIC)) {
            List<ReceivedEvent> found = events.awaitAtLeast(1,
                    event -> id.toString().equals(event.header(CloudEventHeaders.ID)), ASYNC);
            return found.get(0);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("not relayed: " + id + "; the worker's log ends with\n" + tail(), e);
        }
    }

    private static Process startWorker(String classPath, String pluginPath) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", classPath, ConnectWorker.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        if (pluginPath != null) {
            builder.environment().put("MWOLO_CONNECT_PLUGIN_PATH", pluginPath);
        }
        return builder.start();
    }

    /** The class path without Debezium's connector and its driver: only the plugin directory offers them. */
    private static String withoutPluginJars(String classPath) {
        List<String> kept = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("debezium-connector-postgres") && !entry.contains("postgresql-"))
                .toList();
        assertThat(kept).hasSizeLessThan(classPath.split(File.pathSeparator).length - 1);
        return String.join(File.pathSeparator, kept);
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
