package energy.mwolo.audit.log;

import energy.mwolo.embedded.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events the way the platform's relay does (CloudEvents headers in binary mode). Close it. */
final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    TestEvents(String bootstrapServers) {
        // As the broker's admin: it plays every service, and forgers.
        Map<String, Object> config = new HashMap<>(SharedKafka.at(bootstrapServers).orElseThrow()
                .adminClientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** An event on {@code topic} with a fresh id, the platform's headers, and a small JSON payload. */
    Event on(String topic) {
        return new Event(topic);
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    final class Event {
        private final String topic;
        private String id = UUID.randomUUID().toString();
        private String type = "geo.AgencyOpened";
        private String subject = UUID.randomUUID().toString();
        private String actor = "system";
        private String source;
        private byte[] value = "{\"probe\": true}".getBytes(StandardCharsets.UTF_8);

        private Event(String topic) {
            this.topic = topic;
            this.source = topic.substring(0, topic.indexOf('.')) + "-service";
        }

        /** Another {@code ce_source} than the topic's owner (a forger's claim). */
        Event source(String source) {
            this.source = source;
            return this;
        }

        Event id(String id) {
            this.id = id;
            return this;
        }

        Event type(String type) {
            this.type = type;
            return this;
        }

        Event subject(String subject) {
            this.subject = subject;
            return this;
        }

        Event value(String value) {
            this.value = value.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        String id() {
            return id;
        }

        /** Sends (not yet flushed) and returns the event id. */
        String send() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject, value);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_type", type);
            header(record, "ce_source", source);
            header(record, "ce_subject", subject);
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_actor", actor);
            header(record, "content-type", "application/json");
            producer.send(record);
            return id;
        }

        private void header(ProducerRecord<?, ?> record, String name, String text) {
            record.headers().add(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
