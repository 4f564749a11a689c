package energy.mwolo.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a topic from its beginning with a plain consumer: what a client of the broker would see. */
final class Records {

    private Records() {
    }

    /** As the admin: polls until {@code count} records were read or {@code timeout} passed; returns what was read. */
    static List<ConsumerRecord<String, String>> read(SharedKafka kafka, String topic, int count, Duration timeout) {
        return read(kafka.adminClientProperties(), topic, count, timeout);
    }

    /** As the client {@code settings} name, without consumer group. */
    static List<ConsumerRecord<String, String>> read(Map<String, Object> settings, String topic, int count,
                                                     Duration timeout) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return read;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (read.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }
}
