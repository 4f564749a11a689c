package energy.mwolo.platform.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.EventContract;
import energy.mwolo.embedded.SharedKafka;
import energy.mwolo.platform.outbox.Outbox;
import energy.mwolo.platform.probe.AbstractProbeIT;
import energy.mwolo.platformtest.Benchmark;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's throughput and latency with its engine running and warmed up, on events written through the platform's
 * {@link Outbox} by transactions of 1 to 50 rows, each figure beside a plain {@link KafkaProducer} with the relay's own
 * producer settings ({@link OutboxRelaySettings#producerConfig}) sending records of the same size, in the same run:
 * <ul>
 * <li>{@code relay.drain}: 100,000 events committed while the relay was stopped, counted from its first acknowledgement
 * after it started again (the engine's start left out) to the last, vs the plain producer sending 100,000 records;
 * <li>{@code relay.concurrent}: 100,000 events written by four writers while the relay runs, from the first commit to
 * the last acknowledgement (bounded by the writers when the relay keeps up: the lag after the last commit says how
 * much room is left);
 * <li>{@code relay.latency}: a writer paced at 1,000 events/s, from each commit's return to the record reaching a
 * consumer, with PostgreSQL's default synchronous commit (and, for comparison, the embedded server's asynchronous
 * one), vs the plain producer paced the same from {@code send} to the consumer.
 * </ul>
 * Throughput counts events acknowledged by Kafka ({@link OutboxRelay#publishedCount()}).
 */
class OutboxRelayBenchmark extends AbstractProbeIT {

    private static final int EVENTS = Integer.getInteger("mwolo.benchmark.relay.events", 100_000);
    private static final int WARM_UP = 50_000;
    private static final int WRITERS = 4;
    private static final int LARGEST_TRANSACTION = 50;
    private static final int PACED_RATE = 1_000;
    private static final Duration PACED_FOR = Duration.ofSeconds(15);
    private static final Duration PHASE_LIMIT = Duration.ofMinutes(3);
    private static final EventContract<MeterRead> READ =
            new EventContract<>("probe", "meter", "MeterRead", 1, MeterRead.class);
    private static final String PLAIN_TOPIC = "probe.plain-meter.events";

    /** A payload the size of a typical domain event (about 250 bytes of JSON). */
    record MeterRead(UUID meterId, String agencyCode, String indexKwh, String consumptionKwh, Instant readAt,
            String source, String quality) {
    }

    @Autowired
    private Outbox outbox;

    @Autowired
    private OutboxRelay relay;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private KafkaProperties kafka;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void relaysEventsAtSteadyStateBesideAPlainProducer() throws Exception {
        long before = relay.publishedCount();
        writeConcurrently(WARM_UP);
        awaitPublished(before, WARM_UP, PHASE_LIMIT);
        ProducerRecord<String, byte[]> sample = sampleOf(READ.topic());

        try (KafkaProducer<String, byte[]> plain = plainProducer()) {
            sendPlain(plain, sample, WARM_UP);
            double plainRate = sendPlain(plain, sample, EVENTS);
            Map<String, Number> drain = drain();
            double relayRate = drain.get("relay_events_per_s").doubleValue();
            drain.put("plain_events_per_s", plainRate);
            Benchmark.report("relay.drain", drain, Benchmark.Ratio.of("relay", relayRate, "plain", plainRate));

            Map<String, Number> concurrent = concurrent();
            Benchmark.report("relay.concurrent", concurrent, Benchmark.Ratio.of("relay",
                    concurrent.get("relay_events_per_s").doubleValue(), "plain", plainRate));

            long[] relayLatencies = pacedThroughRelay(true);
            long[] asyncCommitLatencies = pacedThroughRelay(false);
            long[] plainLatencies = pacedThroughPlain(plain, sample);
            Map<String, Number> latency = new LinkedHashMap<>();
            latency.put("p50_ms", percentileMillis(relayLatencies, 50));
            latency.put("p99_ms", percentileMillis(relayLatencies, 99));
            latency.put("max_ms", percentileMillis(relayLatencies, 100));
            latency.put("events", relayLatencies.length);
            latency.put("rate_per_s", PACED_RATE);
            latency.put("async_commit_p50_ms", percentileMillis(asyncCommitLatencies, 50));
            latency.put("async_commit_p99_ms", percentileMillis(asyncCommitLatencies, 99));
            latency.put("plain_p50_ms", percentileMillis(plainLatencies, 50));
            latency.put("plain_p99_ms", percentileMillis(plainLatencies, 99));
            Benchmark.report("relay.latency", latency, Benchmark.Ratio.of("relay_p99",
                    percentileMillis(relayLatencies, 99), "plain_p99", percentileMillis(plainLatencies, 99)));
        }
        assertThat(relay.isRunning()).isTrue();
    }

    /** A backlog committed while the relay is stopped, counted from the relay's first acknowledgement after start. */
    private Map<String, Number> drain() throws Exception {
        relay.stop();
        long before = relay.publishedCount();
        writeConcurrently(EVENTS);
        relay.start();
        long firstAckDeadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        while (relay.publishedCount() == before) {
            assertThat(System.nanoTime()).as("no event relayed after the restart").isLessThan(firstAckDeadline);
            LockSupport.parkNanos(1_000_000);
        }
        long firstAck = System.nanoTime();
        long counted = relay.publishedCount();
        long lastAck = awaitPublished(before, EVENTS, PHASE_LIMIT);
        double seconds = (lastAck - firstAck) / 1e9;
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("relay_events_per_s", (before + EVENTS - counted) / seconds);
        figures.put("events", EVENTS);
        return figures;
    }

    /** Four writers and the relay at once, from the first commit to the last acknowledgement. */
    private Map<String, Number> concurrent() throws Exception {
        long before = relay.publishedCount();
        long start = System.nanoTime();
        writeConcurrently(EVENTS);
        long written = System.nanoTime();
        long lastAck = awaitPublished(before, EVENTS, PHASE_LIMIT);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("relay_events_per_s", EVENTS / ((lastAck - start) / 1e9));
        figures.put("writer_events_per_s", EVENTS / ((written - start) / 1e9));
        figures.put("lag_after_last_commit_ms", (lastAck - written) / 1e6);
        figures.put("events", EVENTS);
        figures.put("writers", WRITERS);
        return figures;
    }

    /**
     * @param synchronousCommit as PostgreSQL commits by default: the embedded server commits asynchronously, and then
     *                          logical decoding sees a commit only once the WAL writer flushed it (every 200 ms)
     */
    private long[] pacedThroughRelay(boolean synchronousCommit) throws Exception {
        Map<String, Long> committed = new ConcurrentHashMap<>();
        try (Arrivals arrivals = Arrivals.on(bootstrapServers(), READ.topic())) {
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            paced(size -> {
                List<String> keys = transaction.execute(status -> {
                    if (synchronousCommit) {
                        jdbc.sql("SET LOCAL synchronous_commit = on").update();
                    }
                    return publish(size);
                });
                long now = System.nanoTime();
                keys.forEach(key -> committed.put(key, now));
            });
            return arrivals.latencies(committed, PHASE_LIMIT);
        }
    }

    private long[] pacedThroughPlain(KafkaProducer<String, byte[]> plain, ProducerRecord<String, byte[]> sample)
            throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        try (Arrivals arrivals = Arrivals.on(bootstrapServers(), PLAIN_TOPIC)) {
            paced(size -> {
                for (int i = 0; i < size; i++) {
                    String key = UUID.randomUUID().toString();
                    sent.put(key, System.nanoTime());
                    plain.send(like(sample, key));
                }
            });
            return arrivals.latencies(sent, PHASE_LIMIT);
        }
    }

    /** Transactions of 1 to 19 events (10 on average), each as soon as the rate allows it. */
    private static void paced(IntConsumer write) {
        long start = System.nanoTime();
        long total = PACED_RATE * PACED_FOR.toSeconds();
        long written = 0;
        while (written < total) {
            int size = (int) Math.min(total - written, ThreadLocalRandom.current().nextInt(1, 20));
            long due = start + (written + size) * 1_000_000_000L / PACED_RATE;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            write.accept(size);
            written += size;
        }
    }

    /** {@code events} events in transactions of 1 to 50, shared between the writers; returns when all committed. */
    private void writeConcurrently(int events) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        AtomicLong remaining = new AtomicLong(events);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    while (true) {
                        int wanted = ThreadLocalRandom.current().nextInt(1, LARGEST_TRANSACTION + 1);
                        long left = remaining.getAndAdd(-wanted);
                        int size = (int) Math.min(wanted, left);
                        if (size <= 0) {
                            return;
                        }
                        transaction.execute(status -> publish(size));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(PHASE_LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private List<String> publish(int count) {
        List<String> keys = new ArrayList<>(count);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            UUID meter = UUID.randomUUID();
            outbox.publish(READ, meter.toString(), new MeterRead(meter, "AG-KN-" + random.nextInt(100, 999),
                    random.nextInt(1_000, 99_999) + ".25", random.nextInt(1, 999) + ".50", Instant.now(),
                    "iot.meter-readings", "measured"));
            keys.add(meter.toString());
        }
        return keys;
    }

    /** Waits until the relay acknowledged {@code count} more events than {@code before}; returns when it did. */
    private long awaitPublished(long before, long count, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (relay.publishedCount() < before + count) {
            assertThat(System.nanoTime()).as("relayed %d of %d within %s", relay.publishedCount() - before, count,
                    limit).isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
        return System.nanoTime();
    }

    /** Sends {@code count} records like {@code sample} and waits for every acknowledgement; returns records/s. */
    private static double sendPlain(KafkaProducer<String, byte[]> plain, ProducerRecord<String, byte[]> sample,
            int count) {
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            plain.send(like(sample, UUID.randomUUID().toString()), (metadata, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                }
            });
        }
        plain.flush();
        double rate = count / ((System.nanoTime() - start) / 1e9);
        assertThat(failed).hasValue(0);
        return rate;
    }

    private KafkaProducer<String, byte[]> plainProducer() {
        return new KafkaProducer<>(OutboxRelaySettings.producerConfig(kafka.buildProducerProperties()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** The same value and headers (hence the same size) under another key, on the plain producer's topic. */
    private static ProducerRecord<String, byte[]> like(ProducerRecord<String, byte[]> sample, String key) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(PLAIN_TOPIC, key, sample.value());
        for (Header header : sample.headers()) {
            record.headers().add(header.key(), header.value());
        }
        return record;
    }

    /** One record the relay published, as the plain producer will send it. */
    private ProducerRecord<String, byte[]> sampleOf(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers())) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ProducerRecord<String, byte[]> sample = new ProducerRecord<>(topic, record.key(), record.value());
                    record.headers().forEach(header -> sample.headers().add(header));
                    return sample;
                }
            }
            throw new AssertionError("Nothing on " + topic);
        }
    }

    /** A reader as the broker's admin, who may read every topic (the probe's user reads only what it consumes). */
    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>(SharedKafka.at(bootstrapServers).orElseThrow()
                .adminClientProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        assertThat(partitions).as("partitions of %s", topic).isNotEmpty();
        return partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static double percentileMillis(long[] sortedNanos, double p) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** A consumer on its own thread from the end of a topic, noting when each key becomes visible to it. */
    private static final class Arrivals implements AutoCloseable {

        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final AtomicBoolean open = new AtomicBoolean(true);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<?> reading;

        private Arrivals(KafkaConsumer<String, byte[]> consumer, String topic) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            reading = thread.submit(() -> {
                try (consumer) {
                    while (open.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                            seen.putIfAbsent(record.key(), System.nanoTime());
                        }
                    }
                }
            });
        }

        static Arrivals on(String bootstrapServers, String topic) {
            return new Arrivals(consumer(bootstrapServers), topic);
        }

        /** Arrival minus start of every key, sorted, once all arrived. */
        long[] latencies(Map<String, Long> starts, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            LongSupplier missing = () -> starts.keySet().stream().filter(key -> !seen.containsKey(key)).count();
            while (missing.getAsLong() > 0) {
                assertThat(reading).as("the reading thread").isNotDone();
                assertThat(System.nanoTime()).as("%d events never reached the consumer", missing.getAsLong())
                        .isLessThan(deadline);
                LockSupport.parkNanos(50_000_000);
            }
            long[] latencies = starts.entrySet().stream().mapToLong(e -> seen.get(e.getKey()) - e.getValue())
                    .toArray();
            Arrays.sort(latencies);
            return latencies;
        }

        @Override
        public void close() throws Exception {
            open.set(false);
            reading.get(10, TimeUnit.SECONDS);
            thread.shutdown();
        }
    }
}
