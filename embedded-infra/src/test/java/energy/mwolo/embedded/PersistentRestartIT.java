package energy.mwolo.embedded;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the devstack relies on: both servers restart on their existing data directories and keep the data. */
class PersistentRestartIT {

    @TempDir
    Path dir;

    @Test
    void postgresKeepsDatabasesAndRowsAcrossRestarts() throws Exception {
        int port = freePort();
        SharedPostgres.ServiceDatabase db;
        try (SharedPostgres first = SharedPostgres.startPersistent(dir.resolve("postgres"), port)) {
            db = first.ensureServiceDatabase("geo");
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE place (name text)");
                statement.execute("INSERT INTO place VALUES ('Gombe')");
            }
        }
        assertThat(dir.resolve("postgres.log")).isNotEmptyFile();

        try (SharedPostgres second = SharedPostgres.startPersistent(dir.resolve("postgres"), port)) {
            assertThat(second.ensureServiceDatabase("geo")).isEqualTo(db);
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT name FROM place")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("Gombe");
            }
        }
    }

    @Test
    void kafkaKeepsTopicsAndRecordsAcrossRestarts() throws Exception {
        int port = freePort();
        Path logDir = dir.resolve("kafka");
        try (SharedKafka first = SharedKafka.startPersistent(logDir, port)) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("probe.restart.events", "key", "kept")).get();
            }
        }
        assertThat(Files.exists(logDir.resolve("meta.properties"))).isTrue();

        try (SharedKafka second = SharedKafka.startPersistent(logDir, port)) {
            assertThat(Records.read(second.bootstrapServers(), "probe.restart.events", 1, Duration.ofSeconds(30)))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo("kept"));
        }
    }

    private static int freePort() {
        return Loopback.freePort();
    }
}
