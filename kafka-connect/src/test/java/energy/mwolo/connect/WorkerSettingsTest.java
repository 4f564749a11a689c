package energy.mwolo.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.PlatformService;
import energy.mwolo.embedded.PostgresProvisioning;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worker's settings from its environment, as compose gives them. */
class WorkerSettingsTest {

    private static final Map<String, String> COMPOSE = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
            "MWOLO_KAFKA_USERNAME", "connect",
            "MWOLO_KAFKA_PASSWORD", "s3cret",
            "MWOLO_DB_PASSWORD_GEO", "geo-password");

    @Test
    void relaysEveryPublishingServicesOutboxWithThePasswordReadAtRunTimeFromTheVariableProvisioningSets() {
        WorkerSettings settings = WorkerSettings.from(COMPOSE);

        assertThat(settings.connectors().keySet()).containsExactlyElementsOf(KafkaUsers.publishers().stream()
                .map(service -> service.name() + "-outbox").toList());
        for (PlatformService service : KafkaUsers.publishers()) {
            Map<String, String> connector = settings.connectors().get(service.name() + "-outbox");
            assertThat(connector).containsEntry("database.hostname", "postgres")
                    .containsEntry("database.dbname", "mwolo_" + service.name())
                    .containsEntry("database.password",
                            "${env:" + PostgresProvisioning.ownerPasswordVariable(service) + "}")
                    .containsEntry("slot.name", service.name() + "_outbox")
                    .containsEntry("connector.class", "io.debezium.connector.postgresql.PostgresConnector")
                    .containsEntry("value.converter", "org.apache.kafka.connect.storage.StringConverter")
                    .containsEntry("tasks.max", "1");
        }
        assertThat(settings.toString()).doesNotContain("geo-password");
    }

    @Test
    void theWorkerAndItsConnectorsProducersAuthenticateAsItsKafkaUserAndDeliverAsTheEmbeddedRelay() {
        Map<String, String> worker = WorkerSettings.from(COMPOSE).worker();

        assertThat(worker).containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("group.id", KafkaUsers.CONNECT_GROUP)
                .containsEntry("offset.storage.topic", KafkaUsers.CONNECT_GROUP + "-offsets")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("producer.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("producer.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("producer.acks", "all")
                .containsEntry("producer.enable.idempotence", "true")
                .containsEntry("listeners", "http://0.0.0.0:8083");
        assertThat(worker.get("sasl.jaas.config")).contains("username=\"connect\"", "password=\"s3cret\"");
        assertThat(KafkaUsers.connect().mayWrite(worker.get("config.storage.topic"))).isTrue();
    }

    @Test
    void withoutBrokerItRefusesToStartSayingWhichVariableIsMissing() {
        assertThatThrownBy(() -> WorkerSettings.from(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void aListOfOutboxesNarrowsTheConnectors() {
        Map<String, String> env = new HashMap<>(COMPOSE);
        env.put("MWOLO_CONNECT_OUTBOXES", "geo, crm");

        assertThat(WorkerSettings.from(env).connectors().keySet()).containsExactly("geo-outbox", "crm-outbox");
    }
}
