package energy.mwolo.embedded;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import org.apache.kafka.clients.producer.KafkaProducer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
        KafkaCredentials geo;
        try (SharedKafka first = SharedKafka.startPersistent(logDir, port, "first-admin-password")) {
            geo = first.ensureUser(KafkaUsers.of(ServiceCatalogue.GEO), KafkaUsers.devPassword("geo"));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(first.clientProperties(geo),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("geo.restart.events", "key", "kept")).get();
            }
        }
        assertThat(Files.exists(logDir.resolve("meta.properties"))).isTrue();

        try (SharedKafka second = SharedKafka.startPersistent(logDir, port, "first-admin-password")) {
            assertThat(Records.read(second, "geo.restart.events", 1, Duration.ofSeconds(30)))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo("kept"));
            // Users and ACLs are kept in the broker's metadata: geo still signs in and writes its topics.
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(second.clientProperties(geo),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("geo.restart.events", "key", "again")).get();
            }
        }
    }

    @Test
    void kafkaRefusesToStartOnADirectoryFormattedWithAnotherAdminPassword() {
        int port = freePort();
        Path logDir = dir.resolve("kafka-admin");
        SharedKafka.startPersistent(logDir, port, "the-admin-password").close();

        assertThatIllegalStateException()
                .isThrownBy(() -> SharedKafka.startPersistent(logDir, port, "another-admin-password"))
                .withMessageContaining("admin cannot sign in").withMessageContaining("Delete it to start afresh");
    }

    private static int freePort() {
        return Loopback.freePort();
    }
}
