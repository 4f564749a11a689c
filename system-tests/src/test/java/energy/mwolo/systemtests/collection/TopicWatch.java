package energy.mwolo.systemtests.collection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows a topic from its beginning in the background and keeps every record with its broker timestamp (the
 * producer's create time): when a command or an event left, to time the loop from outside the services.
 */
final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean closed;

    private TopicWatch(Map<String, Object> client, String topic) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "topic-watch-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        reader = new Thread(this::read, "topic-watch-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    static TopicWatch start(Map<String, Object> client, String topic) {
        return new TopicWatch(client, topic);
    }

    List<Seen> seen(Predicate<Seen> filter) {
        return seen.stream().filter(filter).toList();
    }

    private void read() {
        while (!closed) {
            try {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        if (header.value() != null) {
                            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                        }
                    }
                    seen.add(new Seen(record.key(), record.value(), headers, Instant.ofEpochMilli(record.timestamp())));
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }

    /** One record: key, value, headers, and when its producer made it. */
    record Seen(String key, String value, Map<String, String> headers, Instant at) {

        String header(String name) {
            return headers.get(name);
        }
    }
}
