package energy.mwolo.platformtest;

import energy.mwolo.embedded.SharedKafka;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a topic from its beginning with a plain Kafka consumer (partitions assigned, no consumer group, no
 * commits), to assert on the events a service published; as the admin of the JVM's broker unless told otherwise.
 * Keeps everything read. Not thread-safe; close it.
 *
 * <pre>{@code
 * try (KafkaEvents events = KafkaEvents.on(SharedKafka.start().bootstrapServers(), "geo.place.events")) {
 *     List<ReceivedEvent> created = events.awaitAtLeast(1,
 *             e -> "geo.PlaceCreated".equals(e.header("ce_type")), Duration.ofSeconds(20));
 * }
 * }</pre>
 */
public final class KafkaEvents implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ReceivedEvent> received = new ArrayList<>();
    private boolean assigned;

    /**
     * A reader of {@code topic} positioned at the beginning of every partition; the topic may not exist yet. On a
     * broker this JVM started ({@link SharedKafka}) it reads as the admin, who may read every topic.
     */
    public static KafkaEvents on(String bootstrapServers, String topic) {
        return on(SharedKafka.at(bootstrapServers).map(SharedKafka::adminClientProperties)
                .orElseGet(() -> Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)), topic);
    }

    /**
     * A reader of {@code topic} with these client settings, e.g. another user's
     * ({@code kafka.clientProperties(kafka.credentials(ServiceCatalogue.CRM))}).
     */
    public static KafkaEvents on(Map<String, Object> client, String topic) {
        return new KafkaEvents(client, topic);
    }

    private KafkaEvents(Map<String, Object> client, String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "kafka-events-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Reading must not create the topic: the service under test does, with its own settings.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
    }

    /**
     * Waits until at least {@code n} records read so far match {@code filter}, and returns all that match, in
     * the order read (per partition: offset order).
     *
     * @throws AssertionError if fewer than {@code n} match within {@code timeout}; the message lists what was read
     */
    public List<ReceivedEvent> awaitAtLeast(int n, Predicate<ReceivedEvent> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedEvent> matching = received.stream().filter(filter).collect(Collectors.toList());
            if (matching.size() >= n) {
                return matching;
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("Expected at least " + n + " matching event(s) on " + topic
                        + " within " + timeout + " but " + matching.size() + " of " + received.size()
                        + " read matched" + (assigned ? "" : " (the topic does not exist)") + ": "
                        + summary());
            }
            pollOnce();
        }
    }

    /** Waits until at least {@code n} records have been read and returns all of them. */
    public List<ReceivedEvent> awaitAtLeast(int n, Duration timeout) {
        return awaitAtLeast(n, event -> true, timeout);
    }

    /**
     * Reads until nothing new arrives for {@code quietPeriod} and returns everything read since the beginning
     * of the topic (empty if the topic does not exist).
     */
    public List<ReceivedEvent> readAll(Duration quietPeriod) {
        long quietUntil = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < quietUntil) {
            if (pollOnce() > 0) {
                quietUntil = System.nanoTime() + quietPeriod.toNanos();
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(received));
    }

    private int pollOnce() {
        if (!assigned && !assign()) {
            sleep();
            return 0;
        }
        int count = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new ReceivedEvent(record.topic(), record.partition(), record.offset(), record.key(),
                    record.value(), Collections.unmodifiableMap(headers)));
            count++;
        }
        return count;
    }

    private boolean assign() {
        List<PartitionInfo> partitions = consumer.listTopics(Duration.ofSeconds(5)).get(topic);
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assignment = partitions.stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .collect(Collectors.toList());
        consumer.assign(assignment);
        consumer.seekToBeginning(assignment);
        assigned = true;
        return true;
    }

    private String summary() {
        return received.stream().limit(20)
                .map(e -> e.partition() + "@" + e.offset() + " key=" + e.key() + " ce_type=" + e.header("ce_type"))
                .collect(Collectors.joining("; ", "[", received.size() > 20 ? "; ...]" : "]"));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading events", e);
        }
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
