package energy.mwolo.platform.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class OutboxRelaySettingsTest {

    private static final Path OFFSETS = Path.of("/var/lib/geo/offsets");

    @Test
    void theDatabaseIsTakenFromTheJdbcUrl() {
        Properties p = settings("jdbc:postgresql://db.internal:5433/geo").engineProperties();

        assertThat(p.getProperty("database.hostname")).isEqualTo("db.internal");
        assertThat(p.getProperty("database.port")).isEqualTo("5433");
        assertThat(p.getProperty("database.dbname")).isEqualTo("geo");
        assertThat(p.getProperty("database.user")).isEqualTo("geo_app");
        assertThat(p.getProperty("database.password")).isEqualTo("s3cret");
    }

    @Test
    void aJdbcUrlWithoutPortOrWithOptionsStillNamesTheDatabase() {
        Properties p = settings("jdbc:postgresql://localhost/geo?sslmode=disable").engineProperties();

        assertThat(p.getProperty("database.hostname")).isEqualTo("localhost");
        assertThat(p.getProperty("database.port")).isEqualTo("5432");
        assertThat(p.getProperty("database.dbname")).isEqualTo("geo");
    }

    @Test
    void eventsAreRoutedToOneTopicPerAggregateOfTheModule() {
        Properties p = settings("jdbc:postgresql://localhost:5432/geo").engineProperties();

        assertThat(p.getProperty("transforms")).isEqualTo("outbox,cloudevents");
        assertThat(p.getProperty("transforms.outbox.type")).isEqualTo("io.debezium.transforms.outbox.EventRouter");
        assertThat(p.getProperty("transforms.outbox.route.by.field")).isEqualTo("aggregate_type");
        assertThat(p.getProperty("transforms.outbox.route.topic.replacement")).isEqualTo("geo.${routedByValue}.events");
        assertThat(p.getProperty("transforms.outbox.table.field.event.key")).isEqualTo("aggregate_id");
        assertThat(p.getProperty("transforms.cloudevents.type")).isEqualTo(CloudEventsHeaders.class.getName());
        assertThat(p.getProperty("transforms.cloudevents.source")).isEqualTo("geo-service");
    }

    @Test
    void everyOutboxColumnTheCloudEventsHeadersNeedIsPlacedInAHeader() {
        String placement = settings("jdbc:postgresql://localhost:5432/geo").engineProperties()
                .getProperty("transforms.outbox.table.fields.additional.placement");

        assertThat(placement.split(",")).containsExactlyInAnyOrder("event_type:header:event_type",
                "schema_version:header:schema_version", "occurred_at:header:occurred_at",
                "trace_parent:header:trace_parent", "request_id:header:request_id", "actor:header:actor");
    }

    @Test
    void theEngineReadsOnlyNewOutboxRowsThroughTheServicesPublicationAndSlot() {
        Properties p = settings("jdbc:postgresql://localhost:5432/geo").engineProperties();

        assertThat(p.getProperty("slot.name")).isEqualTo("geo_outbox");
        assertThat(p.getProperty("publication.name")).isEqualTo("geo_outbox");
        assertThat(p.getProperty("publication.autocreate.mode")).isEqualTo("disabled");
        assertThat(p.getProperty("plugin.name")).isEqualTo("pgoutput");
        assertThat(p.getProperty("table.include.list")).isEqualTo("public.outbox");
        assertThat(p.getProperty("snapshot.mode")).isEqualTo("no_data");
        assertThat(p.getProperty("name")).isEqualTo("geo-outbox-relay");
    }

    @Test
    void offsetsAreKeptInTheConfiguredDirectory() {
        Properties p = settings("jdbc:postgresql://localhost:5432/geo").engineProperties();

        assertThat(Path.of(p.getProperty("offset.storage.file.filename")))
                .isEqualTo(OFFSETS.resolve("geo-outbox.offsets"));
    }

    @Test
    void aDatabaseWithoutPasswordGetsAnEmptyOne() {
        var settings = new OutboxRelaySettings("geo", "jdbc:postgresql://localhost:5432/geo", "geo_app", null,
                "geo_outbox", "geo_outbox", OFFSETS, Duration.ofSeconds(5), null);

        assertThat(settings.engineProperties().getProperty("database.password")).isEmpty();
    }

    @Test
    void theRelaysProducerWaitsForEveryReplicaAndCannotDuplicateOnRetryWhateverTheServiceConfigured() {
        Map<String, Object> config = OutboxRelaySettings.producerConfig(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "geo-tx"));

        assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void aQuietOutboxIsPolledOftenAndABacklogIsReadInLargeBatches() {
        Properties p = settings("jdbc:postgresql://localhost:5432/geo").engineProperties();

        assertThat(Integer.parseInt(p.getProperty("poll.interval.ms"))).isLessThanOrEqualTo(10);
        assertThat(Integer.parseInt(p.getProperty("max.batch.size"))).isEqualTo(2048);
        assertThat(Integer.parseInt(p.getProperty("max.queue.size")))
                .isGreaterThan(Integer.parseInt(p.getProperty("max.batch.size")));
    }

    private static OutboxRelaySettings settings(String jdbcUrl) {
        return new OutboxRelaySettings("geo", jdbcUrl, "geo_app", "s3cret", "geo_outbox", "geo_outbox", OFFSETS,
                Duration.ofSeconds(5), null);
    }
}
