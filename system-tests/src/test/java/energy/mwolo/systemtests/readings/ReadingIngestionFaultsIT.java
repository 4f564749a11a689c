package energy.mwolo.systemtests.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.meters.MeterFleet;
import energy.mwolo.systemtests.RunningPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operations-service ingesting a meter fleet's readings from {@code iot.meter-readings} while something fails under
 * it: the service killed in the middle of a poll, the broker restarted, its database unreachable for 30 s. Each
 * time, once the fleet has stopped, every reading the broker acknowledged is stored exactly once (one row per meter
 * and instant, with the message id published for it) and none is parked or missing.
 */
class ReadingIngestionFaultsIT {

    private static final Logger log = LoggerFactory.getLogger(ReadingIngestionFaultsIT.class);
    private static final int METERS = 100;
    private static final int READINGS_PER_SECOND = 500;
    /** Readings stored before the fault: ingestion is under way. */
    private static final int WARM = 1_000;
    private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(30);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    /** What a health probe waits for an answer. */
    private static final Duration HEALTH_PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final String GROUP = "operations-service";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @RegisterExtension
    static final RunningPlatform PLATFORM = RunningPlatform.of(ServiceCatalogue.OPERATIONS);

    private MeterFleet fleet;

    @AfterEach
    void stopFleet() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void operationsKilledMidBatchLosesNoReadingAndStoresNoneTwiceOnceRestarted() throws Exception {
        FleetReadings readings = startFleet("KILL");
        await().atMost(CATCH_UP).until(() -> readings.stored() >= WARM);

        boolean midPoll = killWhileAPollIsBeingStored();
        log.info("operations killed {} a poll's transaction was open", midPoll ? "while" : "and no sign that");
        Thread.sleep(3_000);
        PLATFORM.restart(ServiceCatalogue.OPERATIONS, Map.of());
        Thread.sleep(3_000);

        assertThat(midPoll).as("operations was killed while it was storing a poll").isTrue();
        assertEveryAcknowledgedReadingStoredOnce(readings);
    }

    @Test
    void theBrokerRestartedUnderLoadLosesNoReadingAndStoresNoneTwice() throws Exception {
        FleetReadings readings = startFleet("BROKER");
        await().atMost(CATCH_UP).until(() -> readings.stored() >= WARM);
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();

        kafka.stopBroker();
        try {
            Thread.sleep(5_000);
        } finally {
            kafka.startBroker();
        }
        long atRestart = readings.stored();
        await().atMost(CATCH_UP).until(() -> readings.stored() >= atRestart + WARM);

        assertEveryAcknowledgedReadingStoredOnce(readings);
    }

    @Test
    void theDatabaseAwayFor30SecondsPausesIngestionWhichResumesByItselfLosingNothing() throws Exception {
        FleetReadings readings = startFleet("OUTAGE");
        await().atMost(CATCH_UP).until(() -> readings.stored() >= WARM);
        assertThat(health()).isEqualTo(200);

        Instant cut = Instant.now();
        databaseReachable(false);
        Duration reportedDownAfter = null;
        Map<TopicPartition, Long> committedEarly = null;
        Map<TopicPartition, Long> committedLate;
        Map<TopicPartition, Long> endLate;
        try {
            while (Duration.between(cut, Instant.now()).compareTo(DATABASE_OUTAGE) < 0) {
                if (reportedDownAfter == null && health() == 503) {
                    reportedDownAfter = Duration.between(cut, Instant.now());
                }
                if (committedEarly == null && Duration.between(cut, Instant.now()).toSeconds() >= 5) {
                    committedEarly = committed();
                }
                Thread.sleep(500);
            }
            committedLate = committed();
            endLate = ends();
        } finally {
            databaseReachable(true);
        }

        log.info("operations' health answered 503 {} s into the outage", reportedDownAfter == null ? "never"
                : reportedDownAfter.toMillis() / 1000.0);
        assertThat(reportedDownAfter).as("operations' health answered 503 (within a probe's %s s) during the outage",
                HEALTH_PROBE_TIMEOUT.toSeconds()).isNotNull();
        // Nothing was stored, so no offset moved, while the fleet went on publishing beyond them.
        assertThat(committedLate).isEqualTo(committedEarly);
        assertThat(endLate.entrySet()).anySatisfy(end ->
                assertThat(end.getValue()).isGreaterThan(committedLate.getOrDefault(end.getKey(), 0L)));
        await().atMost(CATCH_UP).until(() -> health() == 200);
        long atReturn = readings.stored();
        await().atMost(CATCH_UP).until(() -> readings.stored() >= atReturn + WARM);
        assertEveryAcknowledgedReadingStoredOnce(readings);
        await().atMost(CATCH_UP).until(() -> committed().equals(ends()));
    }

    /** A fleet of fresh meters registered in operations, publishing two days back from now, a minute apart. */
    private FleetReadings startFleet(String fault) {
        String prefix = "F" + fault + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        SharedKafka kafka = SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow();
        fleet = MeterFleet.create(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)),
                new MeterFleet.Settings(prefix, METERS, Duration.ofMinutes(1), prefix.hashCode()));
        FleetReadings readings = new FleetReadings(prefix);
        readings.register(fleet.meterNumbers());
        fleet.run(Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(2)), READINGS_PER_SECOND);
        return readings;
    }

    /** Stops the fleet, then waits until operations has stored every reading the broker acknowledged, once. */
    private void assertEveryAcknowledgedReadingStoredOnce(FleetReadings readings) {
        fleet.close();
        Map<FleetReadings.Key, UUID> published = FleetReadings.byKey(fleet.acknowledged());
        log.info("{} readings published and acknowledged", published.size());
        await().atMost(CATCH_UP).until(() -> readings.stored() >= published.size());
        Map<FleetReadings.Key, UUID> stored = readings.storedOnce();
        assertThat(stored).hasSameSizeAs(published).isEqualTo(published);
        assertThat(readings.parked()).isZero();
    }

    /**
     * Kills operations the moment one of its sessions is inside a transaction on the readings or the meters (a poll
     * being stored), as PostgreSQL shows it; after 20 s without seeing one, kills it anyway. Answers whether it saw one.
     */
    private static boolean killWhileAPollIsBeingStored() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean seen = false;
        try (Connection connection = SharedPostgres.start().superuserDataSource().getConnection();
             PreparedStatement storing = connection.prepareStatement("select count(*) from pg_stat_activity"
                     + " where datname = ? and backend_type = 'client backend' and xact_start is not null"
                     + " and pid <> pg_backend_pid() and query ~* '(readings|meter)'")) {
            storing.setString(1, FleetReadings.DATABASE);
            while (!seen && System.nanoTime() < deadline) {
                try (ResultSet rows = storing.executeQuery()) {
                    rows.next();
                    seen = rows.getLong(1) > 0;
                }
            }
        }
        PLATFORM.kill(ServiceCatalogue.OPERATIONS);
        return seen;
    }

    /**
     * Operations' database refuses connections ({@code ALLOW_CONNECTIONS false}) and its sessions are ended, the
     * outbox relay's replication one too: to the service, the database has gone, while the server itself (and any
     * other service's database) stays up.
     */
    private static void databaseReachable(boolean reachable) throws SQLException {
        try (Connection connection = SharedPostgres.start().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter database " + FleetReadings.DATABASE + " with allow_connections " + reachable);
            if (!reachable) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + FleetReadings.DATABASE + "'");
            }
        }
    }

    /** {@code /actuator/health} of operations: 200 when up, 503 when a component (the database) is down. */
    private static int health() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PLATFORM.managementUrl(ServiceCatalogue.OPERATIONS)
                + "/actuator/health")).timeout(HEALTH_PROBE_TIMEOUT).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The offsets operations' group has committed on the readings' partitions. */
    private static Map<TopicPartition, Long> committed() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(Topics.IOT_METER_READINGS) && entry.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    /** The end of each readings' partition: where a consumer that has read everything commits. */
    private static Map<TopicPartition, Long> ends() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(List.of(Topics.IOT_METER_READINGS)).allTopicNames().get()
                    .get(Topics.IOT_METER_READINGS).partitions().stream()
                    .map(info -> new TopicPartition(Topics.IOT_METER_READINGS, info.partition()))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }
    }

    private static Admin admin() {
        return Admin.create(SharedKafka.at(PLATFORM.kafkaBootstrapServers()).orElseThrow().adminClientProperties());
    }
}
