package energy.mwolo.operations.readings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.BenchmarkFixtures;
import energy.mwolo.operations.readings.application.IncomingReading;
import energy.mwolo.operations.readings.application.IngestingReadings;
import energy.mwolo.operations.readings.application.IngestionResult;
import energy.mwolo.platformtest.Benchmark;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 200,000 readings of 10,000 meters (20 quarter-hours each), handed to the ingestion in polls of 1,000 as the binding
 * does (Kafka itself left out: its throughput is the broker's), with validation, the meters' progress and typical
 * days. Baseline in the same run: the same rows, for other meter ids, by plain JDBC batches of 1,000 into the same
 * partitioned table, one transaction each. Prints {@code BENCHMARK operations.readings}.
 */
class ReadingsIngestionBenchmark extends AbstractApiIT {

    private static final int METERS = 10_000;
    private static final int ROUNDS = 20;
    private static final int POLL = 1_000;

    @Autowired
    private IngestingReadings ingesting;

    @Autowired
    private JdbcTemplate template;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void readingsAreIngestedWithValidationAtAFairShareOfPlainInserts() {
        String prefix = "BENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        BenchmarkFixtures.meters(jdbc, prefix, METERS);
        List<List<IncomingReading>> polls = polls(prefix);

        long start = System.nanoTime();
        int stored = 0;
        for (List<IncomingReading> poll : polls) {
            IngestionResult result = ingesting.ingest(poll, "device");
            stored += result.stored();
        }
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        double plainSeconds = plainInserts(polls);

        int readings = METERS * ROUNDS;
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("readings", readings);
        figures.put("meters", METERS);
        figures.put("ingest_s", ingestSeconds);
        figures.put("readings_per_s", readings / ingestSeconds);
        figures.put("plain_s", plainSeconds);
        figures.put("plain_per_s", readings / plainSeconds);
        Benchmark.report("operations.readings", figures,
                Benchmark.Ratio.of("ingest", readings / ingestSeconds, "plain", readings / plainSeconds));
        assertThat(stored).isEqualTo(readings);
    }

    /** Polls as a topic keyed by meter hands them out: every meter at one quarter-hour, then the next. */
    private static List<List<IncomingReading>> polls(String prefix) {
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(ROUNDS));
        List<IncomingReading> all = new ArrayList<>(METERS * ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            Instant at = first.plus(Duration.ofMinutes(15L * round));
            for (int meter = 1; meter <= METERS; meter++) {
                BigDecimal kwh = BigDecimal.valueOf(1000L * meter + 250L * round, 3);
                all.add(new IncomingReading(UUID.randomUUID(), prefix + meter, at, kwh, null, new BigDecimal("221.5"),
                        null, "connected", List.of(), "{}"));
            }
        }
        List<List<IncomingReading>> polls = new ArrayList<>();
        for (int i = 0; i < all.size(); i += POLL) {
            polls.add(all.subList(i, Math.min(i + POLL, all.size())));
        }
        return polls;
    }

    private double plainInserts(List<List<IncomingReading>> polls) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (List<IncomingReading> poll : polls) {
            transactions.executeWithoutResult(status -> template.execute((Connection connection) -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into readings (meter_id, read_at, message_id, register_kwh, voltage_v, relay_state,
                                              source, received_at)
                        values (?, ?, ?, ?, ?, ?, 'device', ?)""")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (IncomingReading reading : poll) {
                        insert.setObject(1, ids.computeIfAbsent(reading.meterNumber(), number -> UUID.randomUUID()));
                        insert.setTimestamp(2, Timestamp.from(reading.readAt()));
                        insert.setObject(3, reading.messageId());
                        insert.setBigDecimal(4, reading.importKwh());
                        insert.setBigDecimal(5, reading.voltageV());
                        insert.setString(6, reading.relayState());
                        insert.setTimestamp(7, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            }));
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
