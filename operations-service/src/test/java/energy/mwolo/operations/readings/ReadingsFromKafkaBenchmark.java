package energy.mwolo.operations.readings;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.contracts.services.KafkaUsers;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.operations.AbstractApiIT;
import energy.mwolo.operations.BenchmarkFixtures;
import energy.mwolo.platform.jdbc.PostgresBinaryCopy;
import energy.mwolo.platformtest.Benchmark;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1,000,000 readings of 10,000 meters (100 quarter-hours each) ingested from {@code iot.meter-readings} into
 * PostgreSQL by the real binding (Spring Cloud Stream batches, parsing, validation, the meters' progress and typical
 * days, offsets committed), timed from the binding's start to the last meter's last reading stored. The messages are
 * published first, with the binding stopped, so the figure is the consumer's and not the producer's. Baseline in the
 * same run: the same rows, for other meter ids, by one COPY per 100,000 rows into the same partitioned table, in text
 * as a bulk loader writes them. Prints {@code BENCHMARK operations.readings.kafka} with the peak heap used during
 * ingestion (sum of the heap pools' peaks), and {@code operations.readings.kafka.binary-copy-baseline}: the ratio to
 * the same COPY in binary, the form the ingestion itself uses.
 */
class ReadingsFromKafkaBenchmark extends AbstractApiIT {

    private static final int METERS = 10_000;
    private static final int ROUNDS = 100;
    private static final int COPY_CHUNK = 100_000;
    private static final String BINDING = "meterReadings-in-0";

    @Autowired
    private BindingsLifecycleController bindings;

    @Autowired
    private JdbcTemplate template;

    @Test
    void aMillionReadingsAreIngestedFromKafkaAtAFairShareOfARawCopy() throws Exception {
        String prefix = "KBENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        BenchmarkFixtures.meters(jdbc, prefix, METERS);
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(ROUNDS / 4 + 1));
        Instant last = first.plus(Duration.ofMinutes(15L * (ROUNDS - 1)));
        int readings = METERS * ROUNDS;

        bindings.changeState(BINDING, State.STOPPED);
        double publishSeconds = publish(prefix, first);
        BenchmarkFixtures.resetPeakHeap();
        long start = System.nanoTime();
        bindings.changeState(BINDING, State.STARTED);
        awaitLastReadings(prefix, last, Duration.ofMinutes(15));
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        long peakHeapMb = BenchmarkFixtures.peakHeapUsedMb();
        Integer stored = jdbc.sql("""
                select count(*) from readings r join meters m on m.id = r.meter_id
                 where m.number like ? || '%'""").param(prefix).query(Integer.class).single();
        Integer flagged = jdbc.sql("""
                select count(*) from readings r join meters m on m.id = r.meter_id
                 where m.number like ? || '%' and r.flags <> '{}'""").param(prefix).query(Integer.class).single();

        double copySeconds = rawCopy(first);
        double binaryCopySeconds = rawBinaryCopy(first);

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("readings", readings);
        figures.put("meters", METERS);
        figures.put("publish_s", publishSeconds);
        figures.put("ingest_s", ingestSeconds);
        figures.put("readings_per_s", readings / ingestSeconds);
        figures.put("copy_s", copySeconds);
        figures.put("copy_per_s", readings / copySeconds);
        figures.put("flagged", flagged);
        figures.put("peak_heap_mb", peakHeapMb);
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Benchmark.report("operations.readings.kafka", figures,
                Benchmark.Ratio.of("ingest", readings / ingestSeconds, "copy", readings / copySeconds));
        Map<String, Number> binary = new LinkedHashMap<>();
        binary.put("readings", readings);
        binary.put("ingest_s", ingestSeconds);
        binary.put("binary_copy_s", binaryCopySeconds);
        binary.put("binary_copy_per_s", readings / binaryCopySeconds);
        Benchmark.report("operations.readings.kafka.binary-copy-baseline", binary, Benchmark.Ratio.of("ingest",
                readings / ingestSeconds, "binary_copy", readings / binaryCopySeconds));
        assertThat(stored).as("readings stored").isEqualTo(readings);
    }

    /** Round by round, every meter once a round, as head-ends forward them; waits until the broker has them all. */
    private double publish(String prefix, Instant first) {
        SharedKafka kafka = SharedKafka.at(bootstrapServers()).orElseThrow();
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties(kafka.credentials(KafkaUsers.METERS)));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            for (int round = 0; round < ROUNDS; round++) {
                Instant at = first.plus(Duration.ofMinutes(15L * round));
                for (int meter = 1; meter <= METERS; meter++) {
                    String number = prefix + meter;
                    producer.send(new ProducerRecord<>(Topics.IOT_METER_READINGS, number, ContractJson.write(
                            MeterReadingsPublisher.reading(number, at, register(meter, round), "connected"))));
                }
            }
            producer.flush();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Registers go up a quarter of a kWh a quarter-hour: no flag, so every reading is validated in full. */
    private static String register(int meter, int round) {
        return BigDecimal.valueOf(1000L * meter + 250L * round, 3).toPlainString();
    }

    private void awaitLastReadings(String prefix, Instant last, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Integer done = jdbc.sql("select count(*) from meters where number like ? || '%' and last_reading_at = ?")
                    .params(prefix, Timestamp.from(last)).query(Integer.class).single();
            if (done == METERS) {
                return;
            }
            assertThat(System.nanoTime()).as("meters done: %s of %s", done, METERS).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** The same rows for other meter ids, by COPY in chunks, one transaction each, as a bulk loader writes. */
    private double rawCopy(Instant first) {
        List<String> meterIds = new ArrayList<>(METERS);
        for (int meter = 0; meter < METERS; meter++) {
            meterIds.add(UUID.randomUUID().toString());
        }
        String receivedAt = Instant.now().toString();
        long start = System.nanoTime();
        StringBuilder rows = new StringBuilder(COPY_CHUNK * 160);
        int inChunk = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String at = first.plus(Duration.ofMinutes(15L * round)).toString();
            for (int meter = 1; meter <= METERS; meter++) {
                rows.append(meterIds.get(meter - 1)).append('\t').append(at).append('\t').append(UUID.randomUUID())
                        .append('\t').append(register(meter, round)).append("\t221.5\tconnected\tdevice\t")
                        .append(receivedAt).append('\n');
                if (++inChunk == COPY_CHUNK) {
                    copy(rows.toString());
                    rows.setLength(0);
                    inChunk = 0;
                }
            }
        }
        if (inChunk > 0) {
            copy(rows.toString());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The same rows for other meter ids again, in COPY's binary form as the ingestion writes them (PostgreSQL parses
     * no text): the stricter baseline.
     */
    private double rawBinaryCopy(Instant first) {
        List<UUID> meterIds = new ArrayList<>(METERS);
        for (int meter = 0; meter < METERS; meter++) {
            meterIds.add(UUID.randomUUID());
        }
        Instant receivedAt = Instant.now();
        BigDecimal voltage = new BigDecimal("221.5");
        List<String> columns = List.of("meter_id", "read_at", "message_id", "register_kwh", "voltage_v",
                "relay_state", "source", "received_at");
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>(COPY_CHUNK);
        for (int round = 0; round < ROUNDS; round++) {
            Instant at = first.plus(Duration.ofMinutes(15L * round));
            for (int meter = 1; meter <= METERS; meter++) {
                rows.add(new Object[] {meterIds.get(meter - 1), at, UUID.randomUUID(),
                    BigDecimal.valueOf(1000L * meter + 250L * round, 3), voltage, "connected", "device", receivedAt});
                if (rows.size() == COPY_CHUNK) {
                    binaryCopy(columns, rows);
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            binaryCopy(columns, rows);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void binaryCopy(List<String> columns, List<Object[]> rows) {
        template.execute((Connection connection) -> PostgresBinaryCopy.copy(connection, "readings", columns, rows));
    }

    private void copy(String rows) {
        template.execute((Connection connection) -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy readings (meter_id, read_at, message_id, register_kwh, voltage_v, relay_state, source,
                                       received_at) from stdin""", new StringReader(rows));
                return null;
            } catch (IOException e) {
                throw new SQLException(e);
            }
        });
    }
}
